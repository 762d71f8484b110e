// The set-based statements that generate the benchmark's data, one per step. They run with
// session_replication_role = replica (no user trigger fires); dataset.ts then rebuilds every value
// those triggers would have kept (profiles/accounts, counters, weekly totals, dossier timeline).
import { idSql as id, textArray } from './ids.ts';
import type { Sizes } from './sizes.ts';
import { FIRST_NAMES, LAST_NAMES, MESSAGE_LINES, POST_SENTENCES, POST_TITLES, RARE_SENTENCES } from './vocabulary.ts';

const STATUSES = `case when b < 15 then 'draft' when b < 30 then 'submitted' when b < 55 then 'in_review'
  when b < 65 then 'action_required' when b < 80 then 'approved' when b < 85 then 'rejected' else 'closed' end`;
const PROGRAMS = textArray(['express_entry', 'quebec_skilled_worker', 'study_permit', 'work_permit',
  'family_sponsorship', 'visitor_visa', 'citizenship']);
const KINDS = textArray(['passport', 'photo', 'birth_certificate', 'language_test', 'education_assessment',
  'employment_letter', 'proof_of_funds', 'police_certificate', 'medical_exam', 'acceptance_letter',
  'quebec_certificate', 'marriage_certificate', 'sponsor_income', 'travel_history', 'tax_documents', 'physical_presence']);
const CATEGORIES = textArray(['general', 'express_entry', 'quebec', 'study', 'work', 'family', 'settlement']);
const pick = (array: string, index: string) => `(${array})[1 + (${index}) % cardinality(${array})]`;

export type Step = { name: string; sql: string; params?: unknown[] };

export function memberSteps(s: Sizes, passwordHash: string): Step[] {
  const users = s.candidates + s.pros + s.admins;
  const role = `case when g.n <= ${s.candidates} then 'candidate' when g.n <= ${s.candidates + s.pros} then 'pro' else 'admin' end`;
  return [{
    name: 'members (auth.users, identities, profiles, accounts)',
    params: [passwordHash],
    sql: `
      with g as materialized (
        select n, ${id('user', 'n')} as id, 'bench-' || n || '@bench.capitune.test' as email,
               ${pick(textArray(FIRST_NAMES), 'n')} || ' ' || ${pick(textArray(LAST_NAMES), 'n / 7')} as full_name,
               now() - interval '730 days' * random() as joined_at, now() - interval '60 days' * random() as seen_at
        from generate_series(1, ${users}) n
      ), u as (
        insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
          raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token,
          email_change_token_new, email_change, email_change_token_current, reauthentication_token, phone_change,
          phone_change_token, is_sso_user, is_anonymous)
        select '00000000-0000-0000-0000-000000000000', g.id, 'authenticated', 'authenticated', g.email, $1, g.joined_at,
               greatest(g.seen_at, g.joined_at), '{"provider":"email","providers":["email"]}',
               jsonb_build_object('full_name', g.full_name, 'terms_version', (select terms_version from private.settings),
                 'email_verified', true),
               g.joined_at, g.joined_at, '', '', '', '', '', '', '', '', false, false
        from g returning 1
      ), i as (
        insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
        select g.id::text, g.id, jsonb_build_object('sub', g.id::text, 'email', g.email, 'email_verified', true,
                 'phone_verified', false), 'email', g.seen_at, g.joined_at, g.joined_at
        from g
      ), p as (
        insert into public.profiles (id, full_name, role, created_at, updated_at)
        select g.id, g.full_name, (${role})::public.user_role, g.joined_at, g.joined_at from g
      ), a as (
        insert into public.accounts (user_id, status, terms_version, terms_accepted_at, created_at, updated_at)
        -- Consent to the terms in force: every active member is in good standing (private.is_active()).
        select g.id, case when g.n <= ${s.candidates} and g.n % 200 = 7 then 'suspended' else 'active' end::public.account_status,
               (select terms_version from private.settings), g.joined_at, g.joined_at, g.joined_at
        from g
      ), e as (
        -- One member in ten turned off every email they may.
        insert into public.email_preferences (user_id, kind, enabled, updated_at)
        select g.id, k, false, g.joined_at from g cross join unnest(enum_range(null::public.email_kind)) k
        where g.n % 10 = 3 and k not in ('security', 'account')
      )
      select count(*) from u`,
  }];
}

export function dossierSteps(s: Sizes): Step[] {
  const pro = `${s.candidates} + 1 + (n * 7919) % ${s.pros}`;
  return [{
    name: 'dossiers',
    sql: `
      with g as materialized (
        select n, (n * 37) % 100 as b, now() - interval '700 days' * random() as created_at,
               random() as r1, random() as r2
        from generate_series(1, ${s.dossiers}) n
      ), d as (
        select g.*, (${STATUSES})::public.dossier_status as status from g
      ), t as (
        select d.*, case when d.status <> 'draft' then d.created_at + (now() - d.created_at) * d.r1 * 0.3 end as submitted_at
        from d
      )
      insert into public.dossiers (id, candidate_id, pro_id, program_type, title, description, status, submitted_at,
                                   decided_at, created_at, updated_at)
      select ${id('dossier', 'n')}, ${id('user', `1 + (n - 1) % ${s.candidates}`)},
             case when status <> 'draft' and n % 10 <> 0 then ${id('user', pro)} end,
             ${pick(PROGRAMS, 'n * 13')}::public.program_type, 'Dossier ' || n, 'Dossier généré pour le banc d''essai.',
             status, submitted_at,
             case when status in ('approved', 'rejected', 'closed') then submitted_at + (now() - submitted_at) * r2 end,
             created_at, coalesce(submitted_at + (now() - submitted_at) * r2, created_at)
      from t`,
  }, {
    name: 'dossier timeline (dossier_status_history)',
    sql: `
      insert into public.dossier_status_history (dossier_id, from_status, to_status, changed_by, created_at)
      select x.* from (
        select id, null::public.dossier_status, 'draft'::public.dossier_status, candidate_id, created_at from public.dossiers
        union all
        select id, 'draft', 'submitted', candidate_id, submitted_at from public.dossiers where submitted_at is not null
        union all
        select id, 'submitted', status, pro_id, updated_at from public.dossiers where status not in ('draft', 'submitted')
      ) x order by 5`,
  }, {
    name: 'documents',
    sql: `
      insert into public.documents (id, dossier_id, kind, file_name, mime_type, size_bytes, status, rejection_reason,
                                    reviewed_by, reviewed_at, expires_on, uploaded_by, created_at, updated_at)
      select ${id('document', 'x.n')}, d.id, x.kind, x.kind || '-' || x.n || '.pdf', 'application/pdf', 50000 + (x.n::bigint * 7717) % 5000000,
             x.status::public.document_status, case when x.status = 'rejected' then 'Document illisible.' end,
             case when x.status <> 'pending' then d.pro_id end, case when x.status <> 'pending' then x.at + interval '3 days' end,
             case when x.kind in ('passport', 'language_test', 'police_certificate') then (x.at + interval '2 years')::date end,
             d.candidate_id, x.at, x.at
      from (
        select n, ${pick(KINDS, `(n - 1) / ${s.dossiers}`)} as kind, random() as r,
               ${id('dossier', `1 + (n - 1) % ${s.dossiers}`)} as dossier_id
        from generate_series(1, ${s.documents}) n
      ) g
      join public.dossiers d on d.id = g.dossier_id
      cross join lateral (
        select g.n, g.kind, d.created_at + (now() - d.created_at) * g.r as at,
               case when d.pro_id is null or g.r < 0.3 then 'pending' when g.r < 0.4 then 'rejected' else 'approved' end as status
      ) x
      order by x.at`,
  }, {
    name: 'messages',
    sql: `
      with pd as materialized (
        select row_number() over (order by id) as rn, id, candidate_id, pro_id, created_at
        from public.dossiers where pro_id is not null
      ), g as materialized (
        select n, 1 + floor(random() * (select count(*) from pd))::int as rn, random() as r1, random() as r2
        from generate_series(1, ${s.messages}) n
      )
      insert into public.messages (dossier_id, sender_id, body, read_at, created_at)
      select m.dossier_id, m.sender_id, m.body, r.read_at, m.created_at from (
        select pd.id as dossier_id, case when g.n % 5 < 3 then pd.candidate_id else pd.pro_id end as sender_id,
               ${pick(textArray(MESSAGE_LINES), 'g.n')} as body,
               pd.created_at + (now() - pd.created_at) * g.r1 as created_at, g.r2
        from g join pd using (rn)
      ) m
      cross join lateral (select case when m.r2 < 0.05 then null else least(now(), m.created_at + interval '3 hours') end as read_at) r
      order by m.created_at`,
  }];
}

/** Posts are staged in a temp table so likes and comments can be generated first and counted in. */
export function communitySteps(s: Sizes): Step[] {
  const users = s.candidates + s.pros + s.admins;
  return [{
    name: 'posts (staged)',
    sql: `
      create temp table bench_posts on commit preserve rows as
      select n, ${id('post', 'n')} as id, ${id('user', `1 + (n * 7) % ${users}`)} as author_id,
             case when n % 10 < 7 then ${pick(textArray(POST_TITLES), 'n')} end as title,
             (select string_agg(${pick(textArray(POST_SENTENCES), `floor(random() * 1000)::int + 0 * k`)}, ' ')
              from generate_series(1, 2 + n % 5) k)
               || case when n % 20 = 3 then ' ' || ${pick(textArray(RARE_SENTENCES), 'n / 20')} else '' end as body,
             ${pick(CATEGORIES, 'n * 3')}::public.post_category as category,
             n % greatest(${s.posts} / 5, 1) = 0 as pinned, n % 500 = 17 as hidden,
             now() - interval '730 days' * (${s.posts} - n) / ${s.posts} - interval '1 hour' * random() as created_at
      from generate_series(1, ${s.posts}) n`,
  }, {
    name: 'comments',
    sql: `
      insert into public.comments (id, post_id, author_id, body, created_at)
      select ${id('comment', 'g.n')}, p.id, ${id('user', `1 + (g.n * 13) % ${users}`)},
             ${pick(textArray(POST_SENTENCES), 'g.n * 11')}, least(now(), p.created_at + interval '3 days' * g.r)
      from (select n, 1 + floor(random() * ${s.posts})::int as pn, random() as r from generate_series(1, ${s.comments}) n) g
      join bench_posts p on p.n = g.pn
      order by 5`,
  }];
}

/** One batch of likes, skewed towards recent posts; duplicates dropped, so dataset.ts repeats it. */
export function likeBatch(s: Sizes, wanted: number): Step {
  const users = s.candidates + s.pros + s.admins;
  return {
    name: 'likes',
    sql: `
      insert into public.post_likes (post_id, user_id, created_at)
      select p.id, g.user_id, least(now(), p.created_at + interval '14 days' * g.r)
      from (
        select distinct on (pn, user_id) pn, user_id, r from (
          select ${s.posts} - floor(${s.posts} * random() ^ 2)::int as pn,
                 ${id('user', `1 + floor(random() * ${users})::int`)} as user_id, random() as r
          from generate_series(1, ${Math.ceil(wanted * 1.02)})
        ) raw
      ) g
      join bench_posts p on p.n = g.pn
      order by random()
      limit ${wanted}
      on conflict do nothing`,
  };
}

export function postInsert(): Step {
  return {
    name: 'posts (with true like and comment counts)',
    sql: `
      insert into public.posts (id, author_id, title, body, category, pinned, hidden, removal_reason, like_count,
                                comment_count, created_at)
      select b.id, b.author_id, b.title, b.body, b.category, b.pinned, b.hidden,
             case when b.hidden then 'Retiré par la modération.' end,
             coalesce((select count(*) from public.post_likes l where l.post_id = b.id), 0),
             coalesce((select count(*) from public.comments c where c.post_id = b.id), 0), b.created_at
      from bench_posts b order by b.created_at`,
  };
}

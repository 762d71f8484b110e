// The hot queries of DESIGN §6, each as the app sends it (run as the member, under RLS) and its
// twin: the same statement run by the table owner, who bypasses RLS. Table reads carry the explicit
// filter the app knows (Supabase's advice: a policy is not the query's filter), so the twin is the
// same SQL. RPCs (feed, search, analytics) run with the member's claims on both sides, the filters
// being in their body: only RLS differs, and both sides keep the function's cached plans.
import type { Queryable } from './session.ts';
import { SEARCHES } from './vocabulary.ts';

export type Case = { member: string; params: unknown[] };

export type HotQuery = {
  name: string;
  /** Who runs it in the app. */
  who: string;
  /** The statement, the same on both sides. */
  sql: string;
  /** The owner twin is an RPC reading auth.uid() too: claims set, role unchanged (still the owner). */
  ownerNeedsClaims?: boolean;
  /** Median target in ms (DESIGN §6: 5 for a hot query, 10 for admin_analytics). */
  targetMs: number;
  /** Owner-side SQL returning sample cases: member, then the query's parameters. */
  cases(db: Queryable, count: number): Promise<Case[]>;
};

const activeMembers = (role: string, count: number, extra = '') => `
  select p.id from public.profiles p join public.accounts a on a.user_id = p.id
  where p.role = '${role}' and a.status = 'active' ${extra} order by md5(p.id::text) limit ${count}`;

async function rows<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[];
}

const messagesOf = `select m.id, m.dossier_id, m.sender_id, m.body, m.attachment_document_id, m.read_at, m.created_at
  from public.messages m where m.dossier_id = $1`;

// Dossiers with two pages of chat, read by their candidate or their pro (both active).
async function chatCases(db: Queryable, count: number, withCursor: boolean): Promise<Case[]> {
  const found = await rows<{ dossier_id: string; member: string; at: Date; id: string }>(db, `
    select d.id as dossier_id, case when x.n % 2 = 0 then d.candidate_id else d.pro_id end as member, c.created_at as at, c.id
    from (select d.id, row_number() over (order by md5(d.id::text)) as n from public.dossiers d
          join public.accounts ca on ca.user_id = d.candidate_id and ca.status = 'active'
          where d.pro_id is not null) x
    join public.dossiers d on d.id = x.id
    cross join lateral (select m.created_at, m.id from public.messages m where m.dossier_id = d.id
                        order by m.created_at desc, m.id desc offset 49 limit 1) c
    where (select count(*) from public.messages m where m.dossier_id = d.id) >= 60
    order by x.n limit $1`, [count]);
  return found.map((r) => ({ member: r.member, params: withCursor ? [r.dossier_id, r.at, r.id] : [r.dossier_id] }));
}

/** DESIGN §6 hot queries over tables a later change brings: reported as not measured while the table
 *  is absent; once it exists, the bench fails until it joins HOT_QUERIES (with its data step). */
export const PENDING_HOT_QUERIES: { name: string; what: string; needs: string; by: string }[] = [];

export const HOT_QUERIES: HotQuery[] = [
  {
    // web/features/dossiers/queries.ts fetchMyDossiers: newest first, each with its unread count.
    name: 'candidate_dossiers',
    who: 'candidate',
    targetMs: 5,
    sql: `select d.id, d.title, d.program_type, d.status, d.created_at, d.updated_at, d.candidate_unread_count
          from public.dossiers d
          where d.candidate_id = $1 order by d.created_at desc`,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n))).map((r) => ({ member: r.id, params: [r.id] })),
  },
  {
    // web/features/pro-inbox/queries.ts fetchInbox, one status.
    name: 'pro_inbox_by_status',
    who: 'pro',
    targetMs: 5,
    sql: `select d.id, d.title, d.program_type, d.status, d.updated_at, d.submitted_at, c.full_name as candidate_name,
                 d.pro_unread_count
          from public.dossiers d left join public.profiles c on c.id = d.candidate_id
          where d.pro_id = $1 and d.status = $2::public.dossier_status
          order by d.updated_at desc limit 100`,
    cases: async (db, n) => (await rows<{ pro_id: string; status: string }>(db, `
      select d.pro_id, d.status from public.dossiers d join public.accounts a on a.user_id = d.pro_id and a.status = 'active'
      where d.status in ('submitted', 'in_review', 'action_required') group by 1, 2 order by md5(d.pro_id::text || d.status) limit $1`,
      [n])).map((r) => ({ member: r.pro_id, params: [r.pro_id, r.status] })),
  },
  {
    name: 'dossier_messages_latest',
    who: 'candidate or pro of the dossier',
    targetMs: 5,
    sql: `${messagesOf} order by m.created_at desc, m.id desc limit 50`,
    cases: (db, n) => chatCases(db, n, false),
  },
  {
    name: 'dossier_messages_page_before',
    who: 'candidate or pro of the dossier',
    targetMs: 5,
    // The keyset as web/features/chat/queries.ts sends it through PostgREST (an or() filter).
    sql: `${messagesOf} and (m.created_at < $2::timestamptz or (m.created_at = $2::timestamptz and m.id < $3::uuid))
          order by m.created_at desc, m.id desc limit 50`,
    cases: (db, n) => chatCases(db, n, true),
  },
  {
    name: 'inside_feed_first_page',
    who: 'member',
    targetMs: 5,
    sql: `select * from public.inside_feed()`,
    ownerNeedsClaims: true,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n))).map((r) => ({ member: r.id, params: [] })),
  },
  {
    name: 'inside_feed_next_page',
    who: 'member',
    targetMs: 5,
    sql: `select * from public.inside_feed($1, $2)`,
    ownerNeedsClaims: true,
    cases: async (db, n) => {
      const members = await rows<{ id: string }>(db, activeMembers('candidate', n));
      const cursors = await rows<{ created_at: Date; id: string }>(db, `
        select created_at, id from (select created_at, id, row_number() over (order by created_at desc, id desc) as k
          from public.posts where not pinned and not hidden order by created_at desc, id desc limit 200) x
        where k % 20 = 0 order by k`);
      return members.map((m, i) => {
        const c = cursors[i % cursors.length]!;
        return { member: m.id, params: [c.created_at, c.id] };
      });
    },
  },
  {
    name: 'search_posts',
    who: 'member',
    targetMs: 5,
    sql: `select * from public.search_posts($1, 30)`,
    ownerNeedsClaims: true,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n))).map((r, i) => ({
      member: r.id, params: [SEARCHES[i % SEARCHES.length]],
    })),
  },
  {
    // web/features/live/queries.ts fetchEvents('upcoming') with the member's own registration.
    name: 'upcoming_events',
    who: 'member',
    targetMs: 5,
    sql: `select e.id, e.title, e.description, e.starts_at, e.ends_at, e.capacity, e.registered_count, e.waitlist_count,
                 e.status, e.cancellation_reason, e.replay_url,
                 greatest(e.capacity - e.registered_count, 0) as seats_left, r.status as my_registration
          from public.events e
          left join public.event_registrations r on r.event_id = e.id and r.user_id = $1
          where e.ends_at > now() and e.starts_at > now() - interval '1 day'
          order by e.starts_at limit 50`,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n))).map((r) => ({ member: r.id, params: [r.id] })),
  },
  {
    name: 'notifications_unread_count',
    who: 'member',
    targetMs: 5,
    sql: `select count(*) as unread from public.notifications n where n.user_id = $1 and n.read_at is null`,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n))).map((r) => ({ member: r.id, params: [r.id] })),
  },
  {
    // web/features/case-file/tasks/queries.ts fetchMyOpenTasks: open tasks, soonest first, with the
    // dossier's title and the requested kind's label (PostgREST embeds, each read under RLS).
    name: 'home_open_tasks',
    who: 'candidate',
    targetMs: 5,
    sql: `select t.id, t.dossier_id, t.assignee_id, t.title, t.note, t.due_on, t.document_kind, t.document_id, t.status,
                 t.reason, t.created_at,
                 (select k.label from public.document_kinds k where k.code = t.document_kind) as kind_label,
                 (select d.title from public.dossiers d where d.id = t.dossier_id) as dossier_title
          from public.tasks t
          where t.assignee_id = $1 and t.status in ('open', 'submitted')
          order by t.due_on asc nulls last limit 8`,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('candidate', n,
      `and exists (select 1 from public.tasks t where t.assignee_id = p.id and t.status = 'open')`))).map((r) => ({ member: r.id, params: [r.id] })),
  },
  {
    name: 'admin_analytics',
    who: 'admin (aal2)',
    targetMs: 10,
    sql: `select public.admin_analytics() as analytics`,
    ownerNeedsClaims: true,
    cases: async (db, n) => (await rows<{ id: string }>(db, activeMembers('admin', n))).map((r) => ({ member: r.id, params: [] })),
  },
];

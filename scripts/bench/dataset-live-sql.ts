// Generation steps for Live (events, registrations), notifications, and the values triggers keep
// that bulk loading skipped: seat counts, weekly activity and running totals, rebuilt from true rows.
import { idSql as id } from './ids.ts';
import type { Step } from './dataset-sql.ts';
import type { Sizes } from './sizes.ts';

export function liveSteps(s: Sizes): Step[] {
  const users = s.candidates + s.pros + s.admins;
  const perEvent = Math.floor(s.registrations / s.events);
  // 5 % cancelled, 25 % upcoming, the rest past; a fifth without a seat limit.
  return [{
    name: 'events and join links',
    sql: `
      with g as materialized (
        select n, case when n % 20 = 0 then 'cancelled' when n % 20 <= 5 then 'scheduled' else 'completed' end as status,
               case when n % 20 between 1 and 5 then now() + interval '180 days' * random() + interval '2 hours'
                    else now() - interval '700 days' * random() - interval '1 day' end as starts_at
        from generate_series(1, ${s.events}) n
      ), e as (
        insert into public.events (id, title, description, starts_at, ends_at, capacity, status, cancellation_reason, created_by,
                                   created_at, updated_at)
        select ${id('event', 'n')}, 'Webinaire CAPITUNE n° ' || n, 'Séance de questions-réponses en direct.', starts_at,
               starts_at + interval '90 minutes', case when n % 5 = 0 then null else 20 + (n * 37) % 480 end,
               status::public.event_status, case when status = 'cancelled' then 'Conférencier indisponible.' end,
               ${id('user', String(users))}, least(now(), starts_at) - interval '30 days', now()
        from g
        returning 1
      )
      insert into public.event_join_links (event_id, join_url)
      select ${id('event', 'n')}, 'https://meet.capitune.test/live/' || n from g`,
  }, {
    name: 'event registrations (seats first, then waitlist)',
    sql: `
      insert into public.event_registrations (event_id, user_id, status, created_at)
      select e.id, ${id('user', `1 + ((g.j * 7919 + g.k * 104729) % ${users})`)},
             case when e.capacity is null or g.k < e.capacity then 'registered' else 'waitlisted' end::public.registration_status,
             least(now(), e.starts_at) - interval '20 days' + interval '1 minute' * g.k
      from (select 1 + i % ${s.events} as j, i / ${s.events} as k from generate_series(0, ${perEvent * s.events - 1}) i) g
      join public.events e on e.id = ${id('event', 'g.j')}
      order by g.j, g.k`,
  }];
}

export function notificationSteps(s: Sizes): Step[] {
  const users = s.candidates + s.pros + s.admins;
  return [{
    name: 'notifications',
    sql: `
      insert into public.notifications (user_id, kind, title, body, link, read_at, created_at)
      select ${id('user', `1 + floor(g.r1 * ${users})::int`)}, k.kind, k.title, '', '/notifications',
             case when g.r2 >= 0.1 then least(now(), g.at + interval '1 day') end, g.at
      from (select n, random() as r1, random() as r2, now() - interval '180 days' * random() as at
            from generate_series(1, ${s.notifications}) n) g
      cross join lateral (
        select (array['message_received', 'document_reviewed', 'dossier_status_changed', 'event_reminder'])[1 + g.n % 4]
                 ::public.notification_kind as kind,
               (array['Nouveau message', 'Document révisé', 'Dossier mis à jour', 'Rappel : webinaire'])[1 + g.n % 4] as title
      ) k
      order by g.at`,
  }];
}

/** What the skipped triggers maintain, recomputed from the rows now in the tables. */
export function derivedSteps(): Step[] {
  return [{
    name: 'seat counts from true registrations',
    sql: `
      update public.events e
         set registered_count = coalesce(x.registered, 0), waitlist_count = coalesce(x.waitlisted, 0)
        from (select e2.id, count(*) filter (where r.status = 'registered') as registered,
                     count(*) filter (where r.status = 'waitlisted') as waitlisted
              from public.events e2 left join public.event_registrations r on r.event_id = e2.id group by e2.id) x
       where x.id = e.id`,
  }, {
    name: 'weekly activity totals from true rows',
    sql: `
      delete from private.weekly_activity;
      insert into private.weekly_activity (metric, week, shard, value)
      select m.metric, date_trunc('week', m.created_at at time zone 'America/Toronto')::date, 0, count(*)
      from (
        select 'signups' as metric, created_at from public.profiles
        union all select 'posts', created_at from public.posts
        union all select 'comments', created_at from public.comments
        union all select 'likes', created_at from public.post_likes
      ) m
      group by 1, 2`,
  }, {
    name: 'documents awaiting review (running total) from true rows',
    sql: `
      delete from private.running_totals where metric = 'documents_pending';
      insert into private.running_totals (metric, shard, value)
      select 'documents_pending', 0, count(*) from public.documents where status = 'pending'`,
  }, {
    name: 'members by role and dossiers by status (running totals) from true rows',
    sql: `
      delete from private.running_totals where metric like 'members.%' or metric like 'dossiers.%';
      insert into private.running_totals (metric, shard, value)
      select 'members.' || role, 0, count(*) from public.profiles group by role
      union all select 'dossiers.' || status, 0, count(*) from public.dossiers group by status`,
  }, {
    name: 'decision days from true dossiers',
    sql: `
      delete from private.decision_days;
      insert into private.decision_days (days, value)
      select private.decision_day(submitted_at, decided_at), count(*) from public.dossiers
      where decided_at is not null and submitted_at is not null group by 1`,
  }, {
    name: 'latest sign-ins and their daily counts from auth.users',
    sql: `
      delete from private.last_sign_ins;
      insert into private.last_sign_ins (user_id, signed_in_at)
      select id, last_sign_in_at from auth.users where last_sign_in_at is not null;
      delete from private.sign_ins_by_day;
      insert into private.sign_ins_by_day (day, shard, value)
      select (signed_in_at at time zone 'UTC')::date, 0, count(*) from private.last_sign_ins group by 1`,
  }, {
    name: 'unread counts of each dossier from true messages',
    sql: `
      update public.dossiers d
         set candidate_unread_count = x.for_candidate, pro_unread_count = x.for_pro
        from (select m.dossier_id, count(*) filter (where m.sender_id <> d2.candidate_id) as for_candidate,
                     count(*) filter (where m.sender_id <> d2.pro_id) as for_pro
              from public.messages m join public.dossiers d2 on d2.id = m.dossier_id
              where m.read_at is null group by m.dossier_id) x
       where x.dossier_id = d.id`,
  }];
}

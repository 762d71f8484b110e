// After the write phase (and for the generated data): every denormalised value equals what the
// true rows say, no event holds more seats than it has, every acknowledged message is there with
// its broadcast and notifications, each email is in the outbox exactly once, every foreign key holds.
import pg from 'pg';
import type { WriteRun } from './writes.ts';

export type Invariant = { name: string; ok: boolean; detail: string };

type Check = { name: string; sql: string; params?: (run: WriteRun) => unknown[] };

// Each query returns one row { bad, detail }: bad = 0 when the invariant holds.
const CHECKS: Check[] = [
  { name: 'like_count equals the likes of every post', sql: `
    select count(*) as bad, 'posts off: ' || count(*) as detail from public.posts p
    where p.like_count <> (select count(*) from public.post_likes l where l.post_id = p.id)` },
  { name: 'comment_count equals the comments of every post', sql: `
    select count(*) as bad, 'posts off: ' || count(*) as detail from public.posts p
    where p.comment_count <> (select count(*) from public.comments c where c.post_id = p.id)` },
  { name: 'registered_count and waitlist_count equal the registrations of every event', sql: `
    select count(*) as bad, 'events off: ' || count(*) as detail from public.events e
    where e.registered_count <> (select count(*) from public.event_registrations r where r.event_id = e.id and r.status = 'registered')
       or e.waitlist_count <> (select count(*) from public.event_registrations r where r.event_id = e.id and r.status = 'waitlisted')` },
  { name: 'unread counts of every dossier equal its unread messages', sql: `
    select count(*) as bad, 'dossiers off: ' || count(*) as detail from public.dossiers d
    where d.candidate_unread_count <> (select count(*) from public.messages m
                                       where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.candidate_id)
       or d.pro_unread_count <> (select count(*) from public.messages m
                                 where m.dossier_id = d.id and m.read_at is null and m.sender_id <> d.pro_id)` },
  { name: 'no event has more registered members than seats', sql: `
    select count(*) as bad, 'events over capacity: ' || count(*) as detail from public.events e
    where e.capacity < (select count(*) from public.event_registrations r where r.event_id = e.id and r.status = 'registered')` },
  { name: 'nobody waits for a seat that is free (upcoming events)', sql: `
    select count(*) as bad, 'events with a free seat and a waitlist: ' || count(*) as detail from public.events e
    where e.status = 'scheduled' and e.ends_at > now() and e.waitlist_count > 0
      and (e.capacity is null or e.registered_count < e.capacity)` },
  { name: 'the registration race filled exactly its seats and waitlisted the rest', params: (run) => [run.targets.raceEvent.id, run.race.members], sql: `
    select (count(*) filter (where r.status = 'registered') <> e.capacity or count(*) <> $2)::int as bad,
           count(*) filter (where r.status = 'registered') || ' registered, ' || count(*) filter (where r.status = 'waitlisted')
             || ' waitlisted for ' || e.capacity || ' seats' as detail
    from public.events e left join public.event_registrations r on r.event_id = e.id where e.id = $1 group by e.capacity` },
  { name: 'weekly activity totals equal the true rows', sql: `
    with truth as (
      select m.metric, date_trunc('week', m.created_at at time zone 'America/Toronto')::date as week, count(*) as n from (
        select 'signups' as metric, created_at from public.profiles union all select 'posts', created_at from public.posts
        union all select 'comments', created_at from public.comments union all select 'likes', created_at from public.post_likes) m
      group by 1, 2
    ), kept as (select metric, week, sum(value) as n from private.weekly_activity group by 1, 2 having sum(value) <> 0)
    select count(*) as bad, 'weeks off: ' || count(*) as detail
    from truth t full join kept k using (metric, week) where t.n is distinct from k.n` },
  { name: 'the running total of documents awaiting review equals the pending documents', sql: `
    select (kept <> truth)::int as bad, kept || ' kept, ' || truth || ' pending' as detail from (
      select (select coalesce(sum(value), 0) from private.running_totals where metric = 'documents_pending') as kept,
             (select count(*) from public.documents where status = 'pending') as truth) x` },
  { name: 'the running totals of members by role and dossiers by status equal the rows', sql: `
    with truth as (
      select 'members.' || role as metric, count(*) as n from public.profiles group by 1
      union all select 'dossiers.' || status, count(*) from public.dossiers group by 1
    ), kept as (select metric, sum(value) as n from private.running_totals
                where metric like 'members.%' or metric like 'dossiers.%' group by 1 having sum(value) <> 0)
    select count(*) as bad, 'totals off: ' || count(*) as detail
    from truth t full join kept k using (metric) where t.n is distinct from k.n` },
  { name: 'the decision-day counts equal the decided dossiers', sql: `
    with truth as (select private.decision_day(submitted_at, decided_at) as days, count(*) as n from public.dossiers
                   where decided_at is not null and submitted_at is not null group by 1),
         kept as (select days, value as n from private.decision_days where value <> 0)
    select count(*) as bad, 'days off: ' || count(*) as detail
    from truth t full join kept k using (days) where t.n is distinct from k.n` },
  { name: 'the sign-in mirror and its daily counts equal auth.users', sql: `
    with mirror_off as (
      select 1 from auth.users u full join private.last_sign_ins s on s.user_id = u.id
      where u.last_sign_in_at is distinct from s.signed_in_at
    ), truth as (select (last_sign_in_at at time zone 'UTC')::date as day, count(*) as n from auth.users
                 where last_sign_in_at is not null group by 1),
       kept as (select day, sum(value) as n from private.sign_ins_by_day group by 1 having sum(value) <> 0)
    select (select count(*) from mirror_off) + (select count(*) from truth t full join kept k using (day) where t.n is distinct from k.n) as bad,
           (select count(*) from mirror_off) || ' users off in the mirror' as detail` },
  { name: 'every acknowledged message is stored, once, and nothing else was added', params: (run) => [messageIds(run)], sql: `
    select (count(m.id) <> cardinality($1::uuid[])
            or (select count(*) from public.messages x where x.body like 'Message de charge %') <> cardinality($1::uuid[]))::int as bad,
           count(m.id) || ' of ' || cardinality($1::uuid[]) || ' found' as detail
    from public.messages m where m.id = any($1::uuid[])` },
  { name: 'every acknowledged message was broadcast on its dossier channel once', params: (run) => [messageIds(run)], sql: `
    with sent as (
      select r.topic, r.payload -> 'record' ->> 'id' as id, count(*) as n
      from realtime.messages r where r.topic like 'dossier:%' group by 1, 2
    )
    select count(*) filter (where coalesce(s.n, 0) <> 1) as bad, count(*) filter (where s.n = 1) || ' broadcast once' as detail
    from public.messages m left join sent s on s.topic = 'dossier:' || m.dossier_id and s.id = m.id::text
    where m.id = any($1::uuid[])` },
  { name: 'every acknowledged message notified the other party once', params: (run) => [messageIds(run)], sql: `
    with got as (
      select n.data ->> 'message_id' as id, count(*) as n from public.notifications n
      where n.kind = 'message_received' and n.data ? 'message_id' group by 1
    )
    select count(*) filter (where coalesce(g.n, 0) <> cardinality(array_remove(array[d.candidate_id, d.pro_id], m.sender_id))) as bad,
           coalesce(sum(g.n), 0) || ' notifications for ' || count(*) || ' messages' as detail
    from public.messages m join public.dossiers d on d.id = m.dossier_id left join got g on g.id = m.id::text
    where m.id = any($1::uuid[])` },
  { name: 'every new registration notified its member once', params: (run) => [run.targets.startedAt, run.acknowledged.registrations], sql: `
    select (count(*) <> $2)::int as bad, count(*) || ' notifications for ' || $2 || ' registrations' as detail
    from public.notifications n where n.created_at >= $1 and n.kind in ('event_registered', 'event_waitlisted')` },
  { name: 'each task reminder and expiry reminder was enqueued once by the overlapping job runs', params: (run) => [run.reminders.sent], sql: `
    with notified as (
      select coalesce(n.data ->> 'task_id', n.data ->> 'document_id') as item, n.user_id, n.data ->> 'lead' as lead, count(*) as n
      from public.notifications n where n.kind in ('task_reminder', 'task_overdue', 'document_expiring') group by 1, 2, 3
    ), sent as (
      select (select count(*) from public.task_reminders_sent) + (select count(*) from public.document_expiry_reminders_sent) as n
    )
    select ((select count(*) from notified where n <> 1) + abs((select n from sent) - $1::int)
            + abs((select count(*) from notified) - (select n from sent)))::int as bad,
           (select count(*) from notified) || ' reminders, ' || $1::int || ' enqueued by the runs, '
             || (select n from sent) || ' recorded as sent' as detail` },
  { name: 'each email of the write phase is in the outbox exactly once', params: (run) => [run.targets.startedAt], sql: `
    with wanted as (
      select n.user_id, n.kind, n.data, count(*) as n from public.notifications n
      join public.accounts a on a.user_id = n.user_id and a.status = 'active'
      where not exists (select from public.email_preferences p
                        where p.user_id = n.user_id and p.kind = private.email_kind_of(n.kind) and not p.enabled)
        and n.created_at >= $1 and private.kind_sends_email(n.kind) and n.kind <> 'message_received' group by 1, 2, 3
    ), queued as (
      -- Chat emails are paced into digests, one per window rather than one per message. The outbox
      -- adds the reader's language and zone to the notification's data, and a start's wall time.
      select o.user_id, o.template as kind,
             o.payload - 'title' - 'body' - 'link' - 'locale' - 'time_zone' - 'starts_at_text' as data, count(*) as n
      from public.email_outbox o where o.created_at >= $1 and o.template <> 'message_received' group by 1, 2, 3
    )
    select count(*) as bad, (select coalesce(sum(n), 0) from queued) || ' emails queued' as detail
    from wanted w full join queued q using (user_id, kind, data) where w.n is distinct from q.n` },
];

const messageIds = (run: WriteRun) => run.acknowledged.messages.map((m) => m.id);

export async function checkInvariants(ownerUrl: string, run: WriteRun | undefined): Promise<Invariant[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const results: Invariant[] = [];
    for (const check of CHECKS) {
      if (check.params && !run) continue;
      const { rows } = await client.query<{ bad: string; detail: string }>(check.sql, check.params?.(run!) ?? []);
      const row = rows[0] ?? { bad: '1', detail: 'no row' };
      results.push({ name: check.name, ok: Number(row.bad) === 0, detail: row.detail });
    }
    results.push(await foreignKeysHold(client));
    return results;
  } finally {
    await client.end();
  }
}

// Bulk loading ran without foreign-key triggers: check every foreign key of public by anti-join.
async function foreignKeysHold(client: pg.Client): Promise<Invariant> {
  const { rows: keys } = await client.query<{ name: string; child: string; parent: string; ccols: string[]; pcols: string[] }>(`
    select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
           array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as ccols,
           array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as pcols
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
  const broken: string[] = [];
  for (const k of keys) {
    const notNull = k.ccols.map((c) => `x.${c} is not null`).join(' and ');
    const match = k.ccols.map((c, i) => `p.${k.pcols[i]} = x.${c}`).join(' and ');
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from ${k.child} x where ${notNull} and not exists (select 1 from ${k.parent} p where ${match})`);
    if (Number(rows[0]!.n) > 0) broken.push(`${k.name} (${rows[0]!.n})`);
  }
  return { name: 'every foreign key holds', ok: broken.length === 0, detail: broken.length ? broken.join(', ') : `${keys.length} keys checked` };
}

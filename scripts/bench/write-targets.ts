// What the write phase writes to: fresh events (so each member's registrations start empty), the
// newest posts (likes contend on their counters), and for each member a dossier to write in.
// Members are dealt out to connections so that no two connections act as the same member.
import type pg from 'pg';

export type Writer = { id: string; dossierId: string | null };
export type WriteTargets = {
  startedAt: Date;
  hotEvents: { id: string; capacity: number | null }[];
  raceEvent: { id: string; capacity: number };
  hotPosts: string[];
  /** One list of members per connection, disjoint. */
  lanes: Writer[][];
  /** Members for the registration race, none of them in a lane. */
  racers: string[];
};

const HOT_EVENT_CAPACITIES = [5, 10, 20, 50, 100, null];

export async function prepareTargets(owner: pg.Client, connections: number, racersWanted: number): Promise<WriteTargets> {
  const startedAt = (await owner.query<{ now: Date }>(`select clock_timestamp() as now`)).rows[0]!.now;
  const hotEvents = (await owner.query<{ id: string; capacity: number | null }>(`
    insert into public.events (title, description, starts_at, ends_at, capacity)
    select 'Banc d''essai : webinaire ' || i, 'Événement du banc d''essai.', now() + interval '10 days',
           now() + interval '10 days 1 hour', c
    from unnest($1::int[]) with ordinality as x (c, i)
    returning id, capacity`, [HOT_EVENT_CAPACITIES])).rows;
  // Active members who can write: candidates with an assigned dossier, pros with one, others with none.
  const members = (await owner.query<Writer & { role: string }>(`
    select p.id, p.role,
           (select d.id from public.dossiers d
             where (d.candidate_id = p.id or d.pro_id = p.id) and d.pro_id is not null
             order by d.created_at desc limit 1) as "dossierId"
    from public.profiles p join public.accounts a on a.user_id = p.id
    where a.status = 'active' and p.role in ('candidate', 'pro')
    order by md5(p.id::text)`)).rows;
  const racerCount = Math.min(racersWanted, Math.floor(members.length / 3));
  const racers = members.slice(0, racerCount).map((m) => m.id);
  const lanes: Writer[][] = Array.from({ length: connections }, () => []);
  members.slice(racerCount).forEach((m, i) => lanes[i % connections]!.push({ id: m.id, dossierId: m.dossierId }));
  const raceCapacity = Math.max(1, Math.min(50, Math.floor(racerCount / 4)));
  const raceEvent = (await owner.query<{ id: string; capacity: number }>(`
    insert into public.events (title, description, starts_at, ends_at, capacity)
    values ('Banc d''essai : course aux places', 'Places limitées.', now() + interval '7 days',
            now() + interval '7 days 1 hour', $1)
    returning id, capacity`, [raceCapacity])).rows[0]!;
  const hotPosts = (await owner.query<{ id: string }>(
    `select id from public.posts where not hidden order by created_at desc limit 50`)).rows.map((r) => r.id);
  return { startedAt, hotEvents, raceEvent, hotPosts, lanes, racers };
}

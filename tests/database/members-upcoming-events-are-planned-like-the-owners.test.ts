// The Live page's upcoming events (web/features/live/queries.ts, scripts/bench/queries.ts
// upcoming_events) must be planned for a member as for the table owner: the events policy may not
// change how many rows the planner expects. A policy asking a bare boolean (`(select
// private.is_active())`) is counted as keeping half the rows; with enough upcoming events that
// halved estimate gave the member a scan and sort of every upcoming event, where the owner's plan
// reads 50 rows of events_starts_at_idx and stops (the bench at --scale 3, docs/performance.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { db, requestWithin } from '../support/db.ts';
import { createMember, type Member } from '../support/world.ts';

const UPCOMING = `
  select e.id, e.title, e.starts_at, greatest(e.capacity - e.registered_count, 0) as seats_left, r.status as my_registration
  from public.events e
  left join public.event_registrations r on r.event_id = e.id and r.user_id = $1
  where e.ends_at > now() and e.starts_at > now() - interval '1 day'
  order by e.starts_at limit 50`;

type PlanNode = { 'Relation Name'?: string; 'Plan Rows': number; Plans?: PlanNode[] };

/** The planner's row estimate for the scan of public.events in an EXPLAIN (format json) plan. */
function eventsEstimate(node: PlanNode): number | undefined {
  if (node['Relation Name'] === 'events') return node['Plan Rows'];
  for (const child of node.Plans ?? []) {
    const found = eventsEstimate(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

let member: Member;

beforeAll(async () => {
  member = await createMember();
});

describe('the upcoming events a member reads', () => {
  it('are estimated as many as the owner’s, so both get the same plan', async () => {
    const client = await db().connect();
    try {
      await client.query('begin');
      // 400 events to come, then fresh statistics: both stay inside this transaction.
      await client.query(`
        insert into public.events (title, starts_at, ends_at, capacity)
        select 'Webinaire ' || g, now() + g * interval '3 hours', now() + g * interval '3 hours' + interval '1 hour', 50
        from generate_series(1, 400) g`);
      await client.query('analyze public.events');
      const plan = async (rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[]) => eventsEstimate(rows[0]!['QUERY PLAN'][0].Plan);
      const ownerRows = await plan((await client.query(`explain (format json) ${UPCOMING}`, [member.id])).rows);
      const asMember = await requestWithin<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        client, member.actor, `explain (format json) ${UPCOMING}`, [member.id]);
      expect(asMember).toMatchObject({ ok: true });
      const memberRows = asMember.ok ? await plan(asMember.rows) : undefined;
      expect(ownerRows).toBeGreaterThanOrEqual(100);
      // `is not null` on a parameter counts as 99.5 % of the rows; a bare boolean as 50 %.
      expect(memberRows).toBeGreaterThanOrEqual(Math.floor(ownerRows! * 0.99));
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

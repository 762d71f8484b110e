// `npm run bench` at a tiny scale, in a database of its own, so the benchmark cannot rot: the data
// set is generated, every hot query runs as its member and as the owner with the same rows, prepared
// (as PostgREST runs it) and unprepared, the write phase ends with every invariant holding. Timings
// are not checked here (see docs/performance.md).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { compareRuns, formatGrowth } from '../../scripts/bench/growth.ts';
import type { BenchReport } from '../../scripts/bench/report.ts';
import { formatTable } from '../../scripts/bench/report-table.ts';
import { runBench } from '../../scripts/bench/run.ts';
import { meetsRlsCost } from '../../scripts/bench/targets.ts';

const superuserUrl = inject('superuserUrl');

// Needs a cluster the harness started (it creates and drops a database); skipped on DATABASE_URL.
describe.skipIf(!superuserUrl)('the benchmark at a tiny scale', () => {
  let report: BenchReport;

  beforeAll(async () => {
    report = await runBench(superuserUrl!, {
      scale: 0.002, reps: 6, members: 6, warmup: 1, writeSeconds: 2, connections: 4, racers: 24, plans: true, log: () => {},
    });
  }, 120_000);

  it('generates the data set set-based and says how long each step took', () => {
    const rows = Object.fromEntries(report.generation.steps.map((s) => [s.name, s.rows]));
    expect(rows['members (auth.users, identities, profiles, accounts)']).toBe(
      report.sizes.candidates + report.sizes.pros + report.sizes.admins,
    );
    expect(rows['messages']).toBe(report.sizes.messages);
    expect(rows['posts (with true like and comment counts)']).toBe(report.sizes.posts);
    expect(rows['event registrations (seats first, then waitlist)']).toBe(report.sizes.registrations);
    expect(rows['tasks']).toBe(report.sizes.tasks);
    expect(report.generation.seconds).toBeGreaterThan(0);
  });

  it('runs every hot query as its member and as the owner, prepared and unprepared, and both sides see the same rows', () => {
    expect(report.queries.map((q) => q.name)).toEqual([
      'candidate_dossiers', 'pro_inbox_by_status', 'dossier_messages_latest', 'dossier_messages_page_before',
      'inside_feed_first_page', 'inside_feed_next_page', 'search_posts', 'upcoming_events', 'notifications_unread_count',
      'home_open_tasks', 'admin_analytics',
    ]);
    for (const q of report.queries) {
      expect(q.reps, q.name).toBe(6);
      for (const mode of [q.prepared, q.unprepared]) {
        expect(mode.rowMismatches, q.name).toBe(0);
        expect(mode.member.medianRows, q.name).toBeGreaterThan(0);
        expect(Number.isFinite(mode.ratio) && Number.isFinite(mode.extraMs), q.name).toBe(true);
        expect(mode.byFifth.ratio, q.name).toHaveLength(5);
        expect(mode.byFifth.extraMs.every(Number.isFinite), q.name).toBe(true);
        expect(mode.meets.rlsCost, q.name).toBe(meetsRlsCost(mode.extraMs, mode.ratio));
        expect(mode.meets.speed, q.name).toBe(mode.member.medianMs <= q.targetMs);
      }
      expect(q.plan.member, q.name).not.toBe('');
      expect(q.plan.memberUnprepared, q.name).not.toBe('');
      expect(['generic', 'custom'], q.name).toContain(q.plan.memberPlanKind);
    }
    const rows = Object.fromEntries(report.queries.map((q) => [q.name, q.prepared.member.medianRows]));
    expect(rows.dossier_messages_latest).toBe(50);
    expect(rows.inside_feed_first_page).toBeGreaterThanOrEqual(20);
    expect(rows.inside_feed_next_page).toBe(20);
    expect(rows.notifications_unread_count).toBe(1);
    expect(rows.admin_analytics).toBe(1);
  });

  it('prepares each query once per connection, as PostgREST does, and every execution reuses it', () => {
    // warm-up (1) + reps (6) executions per side, each counted by pg_prepared_statements as a generic or custom plan.
    for (const q of report.queries) {
      const cache = q.prepared.planCache!;
      expect(cache.member.generic + cache.member.custom, q.name).toBe(7);
      expect(cache.owner.generic + cache.owner.custom, q.name).toBe(7);
      expect(q.unprepared.planCache, q.name).toBeUndefined();
    }
  });

  it('judges the targets of DESIGN §6 and measures every hot query it names', () => {
    expect(report.targets).toMatchObject({ maxExtraMs: 0.1, maxRatio: 1.25, maxGrowth: 1.3 });
    expect(report.targets.speedMs).toMatchObject({ admin_analytics: 10, search_posts: 5, candidate_dossiers: 5 });
    expect(meetsRlsCost(0.09, 1.6)).toBe(true);
    expect(meetsRlsCost(0.3, 1.2)).toBe(true);
    expect(meetsRlsCost(0.11, 1.26)).toBe(false);
    expect(report.notMeasured).toEqual([]);
    const table = formatTable(report);
    expect(table).toContain('As PostgREST runs them');
    expect(table).toContain('Unprepared');
    expect(table).toContain('home_open_tasks');
  });

  it('flags a median that grew past 1.3× between two scales', () => {
    const grown: BenchReport = structuredClone(report);
    grown.options.scale = 3;
    grown.queries[0]!.prepared.member.medianMs *= 1.35;
    grown.queries[1]!.prepared.member.medianMs *= 1.25;
    const growth = compareRuns(grown, report);
    expect([growth.baseScale, growth.otherScale]).toEqual([report.options.scale, 3]);
    expect(growth.rows.filter((r) => !r.ok).map((r) => r.name)).toEqual([report.queries[0]!.name]);
    expect(growth.ok).toBe(false);
    expect(formatGrowth(growth)).toContain('FAIL');
  });

  it('writes under load without an unexpected error, and every invariant holds afterwards', () => {
    const writes = report.writes!;
    expect(writes.errorSamples).toEqual([]);
    expect(writes.unexpectedErrors).toBe(0);
    for (const op of ['message', 'like', 'register'] as const) expect(writes.ops[op].ok, op).toBeGreaterThan(0);
    expect(writes.race.errors).toBe(0);
    // Tasks are due from 20 days ago to 40 days ahead: the overlapping job runs have reminders to send.
    expect(writes.reminders.runs).toBe(4);
    expect(writes.reminders.sent).toBeGreaterThan(0);
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.invariants.length).toBeGreaterThanOrEqual(13);
    expect(report.ok).toMatchObject({ invariants: true, writesWithoutUnexpectedErrors: true, queriesRan: true,
      everyHotQueryMeasured: true });
  });
});

// `npm run bench` at a tiny scale, in a database of its own, so the benchmark cannot rot: the data
// set is generated, every hot query runs as its member and as the owner with the same rows, the
// write phase ends with every invariant holding. Timings are not checked here (see docs/performance.md).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BenchReport } from '../../scripts/bench/report.ts';
import { runBench } from '../../scripts/bench/run.ts';

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
    expect(report.generation.seconds).toBeGreaterThan(0);
  });

  it('runs every hot query as its member and as the owner, and both see the same rows', () => {
    expect(report.queries.map((q) => q.name)).toEqual([
      'candidate_dossiers', 'pro_inbox_by_status', 'dossier_messages_latest', 'dossier_messages_page_before',
      'inside_feed_first_page', 'inside_feed_next_page', 'search_posts', 'upcoming_events', 'notifications_unread_count',
      'admin_analytics',
    ]);
    for (const q of report.queries) {
      expect(q.reps, q.name).toBe(6);
      expect(q.rowMismatches, q.name).toBe(0);
      expect(q.rls.medianRows, q.name).toBeGreaterThan(0);
      expect(q.plan.rls, q.name).not.toBe('');
      expect(Number.isFinite(q.ratio), q.name).toBe(true);
      expect(q.ratioByFifth.every(Number.isFinite), q.name).toBe(true);
      expect(q.ratioByFifth, q.name).toHaveLength(5);
    }
    const rows = Object.fromEntries(report.queries.map((q) => [q.name, q.rls.medianRows]));
    expect(rows.dossier_messages_latest).toBe(50);
    expect(rows.inside_feed_first_page).toBeGreaterThanOrEqual(20);
    expect(rows.inside_feed_next_page).toBe(20);
    expect(rows.notifications_unread_count).toBe(1);
    expect(rows.admin_analytics).toBe(1);
  });

  it('writes under load without an unexpected error, and every invariant holds afterwards', () => {
    const writes = report.writes!;
    expect(writes.errorSamples).toEqual([]);
    expect(writes.unexpectedErrors).toBe(0);
    for (const op of ['message', 'like', 'register'] as const) expect(writes.ops[op].ok, op).toBeGreaterThan(0);
    expect(writes.race.errors).toBe(0);
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.invariants.length).toBeGreaterThanOrEqual(13);
    expect(report.ok).toMatchObject({ invariants: true, writesWithoutUnexpectedErrors: true, queriesRan: true });
  });
});

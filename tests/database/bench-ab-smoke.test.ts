// `npm run bench -- ab` at a tiny scale, so the A/B mode cannot rot: the base commit's chapters
// (3e3d671, before the access words) and this checkout's hold the same rows, every hot read the base
// can run is timed on both sides and both return the same number of rows, and the one it cannot
// run is reported with its reason. Timings are not checked here (see docs/performance.md).
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type AbReport, formatAb, runAbBench } from '../../scripts/bench/ab.ts';
import { HOT_QUERIES } from '../../scripts/bench/queries.ts';

const superuserUrl = inject('superuserUrl');

// Needs a cluster the harness started (it creates and drops two databases); skipped on DATABASE_URL.
describe.skipIf(!superuserUrl)('the A/B benchmark at a tiny scale', () => {
  let report: AbReport;

  beforeAll(async () => {
    report = await runAbBench(superuserUrl!, '3e3d671', 0.002, { reps: 4, members: 4, warmup: 1 }, () => {});
  }, 180_000);

  it('copies the generated rows into the base commit’s schema', () => {
    expect(report.copiedRows).toBeGreaterThan(1_000);
  });

  it('times every hot read the base can run on both sides, and both sides return the same rows', () => {
    expect(report.queries.map((q) => q.name)).toEqual(HOT_QUERIES.map((q) => q.name));
    for (const q of report.queries) {
      if ('skipped' in q) continue;
      for (const mode of [q.modes.prepared, q.modes.unprepared]) {
        expect(mode.rowMismatches, q.name).toBe(0);
        expect(mode.a.medianRows, q.name).toBeGreaterThan(0);
        expect(Number.isFinite(mode.ratio) && Number.isFinite(mode.pairedRatio), q.name).toBe(true);
      }
    }
  });

  it('reports the read the base cannot run, and why', () => {
    const skipped = report.queries.filter((q) => 'skipped' in q);
    expect(skipped).toEqual([{ name: 'home_open_tasks', who: 'candidate', skipped: 'relation "public.tasks" does not exist' }]);
    expect(formatAb(report)).toContain('`home_open_tasks`: not timed, A cannot run it (relation "public.tasks" does not exist).');
  });
});

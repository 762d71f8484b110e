// The benchmark's results: one JSON document, compared run to run (report-table.ts prints it, growth.ts
// compares two scales). Targets are judged as PostgREST runs (prepared); unprepared figures sit beside.
import type { GenerationReport } from './dataset.ts';
import type { Invariant } from './invariants.ts';
import type { PlanShapes } from './plans.ts';
import type { GrowthReport } from './growth.ts';
import type { Mode, ModeRun, PlanCacheUse, QueryRun } from './runner.ts';
import type { Sizes } from './sizes.ts';
import { MAX_EXTRA_MS, MAX_GROWTH, MAX_RATIO, meetsRlsCost } from './targets.ts';
import type { WriteRun } from './writes.ts';

export type Timing = { medianMs: number; p95Ms: number; meanMs: number; medianRows: number };
export type ModeResult = {
  member: Timing;
  owner: Timing;
  /** Member median − owner median. */
  extraMs: number;
  ratio: number;
  /** Within each fifth of the run (consecutive reps): how much they move on this machine. */
  byFifth: { ratio: number[]; extraMs: number[] };
  rowMismatches: number;
  planCache?: { member: PlanCacheUse; owner: PlanCacheUse };
  meets: { rlsCost: boolean; speed: boolean };
};
export type QueryResult = {
  name: string; who: string; members: number; reps: number; targetMs: number;
  prepared: ModeResult;
  unprepared: ModeResult;
  plan: { member: string; memberUnprepared: string; owner: string; memberPlanKind: string; seqScansOfLargeTables: string[] };
  /** The targets, as PostgREST runs the query (prepared). */
  meets: { rlsCost: boolean; speed: boolean; plan: boolean };
};
export type NotMeasured = { name: string; what: string; tableExists: boolean; reason: string };
export type BenchReport = {
  version: 2;
  startedAt: string;
  finishedAt: string;
  machine: Record<string, unknown>;
  options: Record<string, unknown>;
  targets: { maxExtraMs: number; maxRatio: number; maxGrowth: number; speedMs: Record<string, number> };
  sizes: Sizes;
  generation: { seconds: number; steps: { name: string; rows: number; seconds: number }[] };
  queries: QueryResult[];
  notMeasured: NotMeasured[];
  writes?: ReturnType<typeof summarizeWrites>;
  invariants: Invariant[];
  growth?: GrowthReport;
  ok: { invariants: boolean; writesWithoutUnexpectedErrors: boolean; queriesRan: boolean; everyHotQueryMeasured: boolean;
    targetsMet: boolean };
};

export function targetsOf(queries: { name: string; targetMs: number }[]): BenchReport['targets'] {
  return { maxExtraMs: MAX_EXTRA_MS, maxRatio: MAX_RATIO, maxGrowth: MAX_GROWTH,
    speedMs: Object.fromEntries(queries.map((q) => [q.name, q.targetMs])) };
}

export function timing(sample: { ms: number[]; rows: number[] }): Timing {
  return { medianMs: quantile(sample.ms, 0.5), p95Ms: quantile(sample.ms, 0.95),
    meanMs: sample.ms.reduce((a, b) => a + b, 0) / Math.max(sample.ms.length, 1), medianRows: quantile(sample.rows, 0.5) };
}

/** Nearest-rank quantile. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function queryResult(run: QueryRun, plans: PlanShapes | undefined): QueryResult {
  const mode = (m: Mode) => modeResult(run.modes[m], run.query.targetMs);
  const prepared = mode('prepared');
  const seq = plans ? [...new Set([...plans.member.seqScansOfLargeTables, ...plans.memberUnprepared.seqScansOfLargeTables])] : [];
  return {
    name: run.query.name, who: run.query.who, members: new Set(run.cases.map((c) => c.member)).size,
    reps: run.modes.prepared.member.ms.length, targetMs: run.query.targetMs, prepared, unprepared: mode('unprepared'),
    plan: { member: plans?.member.summary ?? '', memberUnprepared: plans?.memberUnprepared.summary ?? '',
      owner: plans?.owner.summary ?? '', memberPlanKind: plans?.member.kind ?? '', seqScansOfLargeTables: seq },
    meets: { ...prepared.meets, plan: seq.length === 0 },
  };
}

function modeResult(run: ModeRun, targetMs: number): ModeResult {
  const member = timing(run.member);
  const owner = timing(run.owner);
  const extraMs = member.medianMs - owner.medianMs;
  const ratio = member.medianMs / owner.medianMs;
  return { member, owner, extraMs, ratio, byFifth: byFifth(run), rowMismatches: run.mismatches, planCache: run.planCache,
    meets: { rlsCost: meetsRlsCost(extraMs, ratio), speed: member.medianMs <= targetMs } };
}

function byFifth(run: ModeRun): ModeResult['byFifth'] {
  const size = Math.floor(run.member.ms.length / 5);
  if (size === 0) return { ratio: [], extraMs: [] };
  const fifths = [0, 1, 2, 3, 4].map((i) => {
    const median = (ms: number[]) => quantile(ms.slice(i * size, (i + 1) * size), 0.5);
    return { member: median(run.member.ms), owner: median(run.owner.ms) };
  });
  return { ratio: fifths.map((f) => round(f.member / f.owner, 2)), extraMs: fifths.map((f) => round(f.member - f.owner, 3)) };
}

export function summarizeWrites(run: WriteRun) {
  const total = Object.values(run.ops).reduce((sum, s) => sum + s.ok, 0);
  const perSecond = Object.fromEntries(Object.entries(run.ops).map(([op, s]) => [op, round(s.ok / run.seconds)]));
  return {
    seconds: run.seconds, connections: run.connections, ops: run.ops, opsPerSecond: { total: round(total / run.seconds), ...perSecond },
    unexpectedErrors: Object.values(run.ops).reduce((sum, s) => sum + s.errors, 0),
    rateLimited: Object.values(run.ops).reduce((sum, s) => sum + s.rateLimited, 0),
    errorSamples: run.errorSamples, race: run.race, reminders: run.reminders, acknowledgedMessages: run.acknowledged.messages.length,
  };
}

export function generationSummary(g: GenerationReport) {
  return { seconds: round(g.totalMs / 1000), steps: g.steps.map((s) => ({ name: s.name, rows: s.rows, seconds: round(s.ms / 1000) })) };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

// The benchmark's results: one JSON document (to compare runs) and a table for the terminal.
import type { GenerationReport } from './dataset.ts';
import type { Invariant } from './invariants.ts';
import type { PlanShape } from './plans.ts';
import type { QueryRun } from './runner.ts';
import type { Sizes } from './sizes.ts';
import type { WriteRun } from './writes.ts';

export const MAX_RATIO = 1.5;

export type Timing = { medianMs: number; p95Ms: number; meanMs: number; medianRows: number };
export type QueryResult = {
  name: string; who: string; members: number; reps: number; targetMs: number;
  rls: Timing; owner: Timing; ratio: number;
  /** The ratio within each fifth of the run (consecutive reps): how much it moves on this machine. */
  ratioByFifth: number[];
  rowMismatches: number;
  plan: { rls: string; owner: string; seqScansOfLargeTables: string[] };
  meets: { ratio: boolean; median: boolean; plan: boolean };
};
export type BenchReport = {
  version: 1;
  startedAt: string;
  finishedAt: string;
  machine: Record<string, unknown>;
  options: Record<string, unknown>;
  sizes: Sizes;
  generation: { seconds: number; steps: { name: string; rows: number; seconds: number }[] };
  queries: QueryResult[];
  writes?: ReturnType<typeof summarizeWrites>;
  invariants: Invariant[];
  ok: { invariants: boolean; writesWithoutUnexpectedErrors: boolean; queriesRan: boolean; targetsMet: boolean };
};

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

export function queryResult(run: QueryRun, plan: { rls: PlanShape; owner: PlanShape } | undefined): QueryResult {
  const rls = timing(run.rls);
  const owner = timing(run.owner);
  const ratio = rls.medianMs / owner.medianMs;
  const seq = plan?.rls.seqScansOfLargeTables ?? [];
  return {
    name: run.query.name, who: run.query.who, members: new Set(run.cases.map((c) => c.member)).size, reps: run.rls.ms.length,
    targetMs: run.query.targetMs, rls, owner, ratio, ratioByFifth: ratioByFifth(run), rowMismatches: run.mismatches,
    plan: { rls: plan?.rls.summary ?? '', owner: plan?.owner.summary ?? '', seqScansOfLargeTables: seq },
    meets: { ratio: ratio <= MAX_RATIO || run.query.name === 'admin_analytics', median: rls.medianMs <= run.query.targetMs, plan: seq.length === 0 },
  };
}

function ratioByFifth(run: QueryRun): number[] {
  const size = Math.floor(run.rls.ms.length / 5);
  if (size === 0) return [];
  return [0, 1, 2, 3, 4].map((i) => {
    const slice = (ms: number[]) => ms.slice(i * size, (i + 1) * size);
    return round(quantile(slice(run.rls.ms), 0.5) / quantile(slice(run.owner.ms), 0.5), 2);
  });
}

export function summarizeWrites(run: WriteRun) {
  const total = Object.values(run.ops).reduce((sum, s) => sum + s.ok, 0);
  const perSecond = Object.fromEntries(Object.entries(run.ops).map(([op, s]) => [op, round(s.ok / run.seconds)]));
  return {
    seconds: run.seconds, connections: run.connections, ops: run.ops, opsPerSecond: { total: round(total / run.seconds), ...perSecond },
    unexpectedErrors: Object.values(run.ops).reduce((sum, s) => sum + s.errors, 0),
    rateLimited: Object.values(run.ops).reduce((sum, s) => sum + s.rateLimited, 0),
    errorSamples: run.errorSamples, race: run.race, acknowledgedMessages: run.acknowledged.messages.length,
  };
}

export function generationSummary(g: GenerationReport) {
  return { seconds: round(g.totalMs / 1000), steps: g.steps.map((s) => ({ name: s.name, rows: s.rows, seconds: round(s.ms / 1000) })) };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

export function formatTable(report: BenchReport): string {
  const lines: string[] = [];
  const head = ['query', 'median ms', 'p95 ms', 'no-RLS med', 'no-RLS p95', 'ratio', 'by fifth', 'target', 'plan (as the member)'];
  const rows = report.queries.map((q) => [
    q.name, ms(q.rls.medianMs), ms(q.rls.p95Ms), ms(q.owner.medianMs), ms(q.owner.p95Ms), q.ratio.toFixed(2),
    q.ratioByFifth.length ? `${Math.min(...q.ratioByFifth).toFixed(2)}–${Math.max(...q.ratioByFifth).toFixed(2)}` : '',
    `${q.meets.ratio && q.meets.median && q.meets.plan ? 'ok' : 'MISS'} (<${q.targetMs} ms${q.name === 'admin_analytics' ? '' : `, ≤${MAX_RATIO}×`})`,
    q.plan.rls,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  lines.push(fmt(head), ...rows.map(fmt));
  if (report.writes) {
    const w = report.writes;
    lines.push('', `writes: ${w.connections} connections for ${w.seconds} s — ${w.opsPerSecond.total} ops/s ` +
      `(${Object.entries(w.ops).map(([op, s]) => `${op} ${s.ok}`).join(', ')}); ` +
      `unexpected errors ${w.unexpectedErrors}, rate-limited ${w.rateLimited}; race: ${w.race.members} members for ${w.race.capacity} seats`);
    for (const sample of w.errorSamples) lines.push(`  error: ${sample}`);
  }
  lines.push('', 'invariants:');
  for (const inv of report.invariants) lines.push(`  ${inv.ok ? 'ok  ' : 'FAIL'} ${inv.name} (${inv.detail})`);
  return lines.join('\n');
}

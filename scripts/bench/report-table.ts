// The benchmark's report for the terminal: one table per mode (prepared as PostgREST runs, then
// unprepared), the plan shapes, which targets each query misses, writes and invariants.
import type { BenchReport, ModeResult, QueryResult } from './report.ts';
import type { PlanCacheUse } from './runner.ts';
import { RLS_COST_TARGET } from './targets.ts';

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const range = (values: number[], digits: number) =>
  values.length ? `${Math.min(...values).toFixed(digits)}…${Math.max(...values).toFixed(digits)}` : '';
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Columns padded to their widest cell: figures right-aligned, the first column and `textColumns` left. */
export function table(head: string[], rows: string[][], textColumns: number[] = []): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const left = new Set([0, ...textColumns]);
  const fmt = (cells: string[]) => cells.map((c, i) => (left.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

function modeTable(report: BenchReport, pick: (q: QueryResult) => ModeResult, withPlanCache: boolean): string[] {
  const head = ['query', 'member ms', 'owner ms', 'extra ms', 'ratio', 'extra by fifth', 'ratio by fifth', 'member p95',
    'RLS cost', 'speed', ...(withPlanCache ? ['plan cache (member, owner)'] : [])];
  const rows = report.queries.map((q) => {
    const m = pick(q);
    const cache = m.planCache ? [planUses(m.planCache.member, m.planCache.owner)] : [];
    return [q.name, ms(m.member.medianMs), ms(m.owner.medianMs), m.extraMs.toFixed(3), m.ratio.toFixed(2),
      range(m.byFifth.extraMs, 3), range(m.byFifth.ratio, 2), ms(m.member.p95Ms), verdict(m.meets.rlsCost),
      `${verdict(m.meets.speed)} ≤${q.targetMs}`, ...cache];
  });
  return table(head, rows, [head.length - 1]);
}

// What the plan cache gave the member's and the owner's prepared statement over the run.
function planUses(member: PlanCacheUse, owner: PlanCacheUse): string {
  const use = (u: PlanCacheUse) => (u.generic === 0 ? `custom ×${u.custom}`
    : u.custom === 0 ? `generic ×${u.generic}` : `custom ×${u.custom}, then generic ×${u.generic}`);
  return use(member) === use(owner) ? `both ${use(member)}` : `${use(member)}; owner ${use(owner)}`;
}

/** Each query's missed targets as PostgREST runs it, in words. */
export function misses(q: QueryResult): string[] {
  const p = q.prepared;
  return [
    ...(q.meets.rlsCost ? [] : [`RLS cost (extra ${p.extraMs.toFixed(3)} ms, ${p.ratio.toFixed(2)}×)`]),
    ...(q.meets.speed ? [] : [`speed (${ms(p.member.medianMs)} ms > ${q.targetMs} ms)`]),
    ...(q.meets.plan ? [] : [`plan (sequential scan of ${q.plan.seqScansOfLargeTables.join(', ')})`]),
  ];
}

export function formatTable(report: BenchReport): string {
  const lines: string[] = [
    `As PostgREST runs them: prepared statements, one per query and connection (db-prepared-statements, default true).`,
    `RLS cost: ${RLS_COST_TARGET}; speed: member median ≤ target ms.`,
    ...modeTable(report, (q) => q.prepared, true),
    '', `Unprepared: parsed and planned at every request (db-prepared-statements = false), for comparison.`,
    ...modeTable(report, (q) => q.unprepared, false),
    '', 'Plans as the member (prepared: the plan the plan cache settled on; unprepared when it differs):',
  ];
  for (const q of report.queries) {
    lines.push(`  ${q.name} [${q.plan.memberPlanKind}]: ${q.plan.member}`);
    if (q.plan.memberUnprepared !== q.plan.member) lines.push(`    unprepared: ${q.plan.memberUnprepared}`);
  }
  for (const n of report.notMeasured) lines.push(`  ${n.name} (${n.what}): not measured, ${n.reason}`);
  const missed = report.queries.filter((q) => misses(q).length > 0);
  lines.push('', missed.length === 0 ? 'Every measured query meets its targets (as PostgREST runs it).'
    : `Missed (as PostgREST runs it): ${missed.map((q) => `${q.name}: ${misses(q).join(', ')}`).join('; ')}.`);
  if (report.writes) {
    const w = report.writes;
    lines.push('', `writes: ${w.connections} connections for ${w.seconds} s — ${w.opsPerSecond.total} ops/s ` +
      `(${Object.entries(w.ops).map(([op, s]) => `${op} ${s.ok}`).join(', ')}); ` +
      `unexpected errors ${w.unexpectedErrors}, rate-limited ${w.rateLimited}; race: ${w.race.members} members for ${w.race.capacity} seats; reminder job: ${w.reminders.runs} overlapping runs, ${w.reminders.sent} reminders`);
    for (const sample of w.errorSamples) lines.push(`  error: ${sample}`);
  }
  lines.push('', 'invariants:');
  for (const inv of report.invariants) lines.push(`  ${inv.ok ? 'ok  ' : 'FAIL'} ${inv.name} (${inv.detail})`);
  return lines.join('\n');
}

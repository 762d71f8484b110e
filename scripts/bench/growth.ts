// Growth between two runs (DESIGN §6: at scale 3 each median stays within 1.3× of scale 1): each
// query's medians side by side, as PostgREST runs it (prepared) and unprepared, and how long
// generating the data took at each scale.
import { readFile } from 'node:fs/promises';
import type { BenchReport } from './report.ts';
import { table } from './report-table.ts';
import { MAX_GROWTH } from './targets.ts';

type Medians = { member: number; owner: number; memberUnprepared: number };
export type GrowthRow = { name: string; base: Medians; other: Medians; growth: Medians; ok: boolean };
export type GrowthReport = {
  baseScale: number; otherScale: number;
  generationSeconds: { base: number; other: number };
  rows: GrowthRow[];
  /** Queries of one run that the other did not measure. */
  unmatched: string[];
  ok: boolean;
};

export async function readReport(file: string): Promise<BenchReport> {
  const report = JSON.parse(await readFile(file, 'utf8')) as BenchReport;
  if (report.version !== 2) throw new Error(`${file}: a version ${String(report.version)} report; growth needs version 2 (npm run bench)`);
  return report;
}

/** The run at the smaller scale is the base; the verdict is on the member's prepared median. */
export function compareRuns(a: BenchReport, b: BenchReport): GrowthReport {
  const [base, other] = (b.options.scale as number) < (a.options.scale as number) ? [b, a] : [a, b];
  const medians = (r: BenchReport, name: string): Medians | undefined => {
    const q = r.queries.find((x) => x.name === name);
    return q && { member: q.prepared.member.medianMs, owner: q.prepared.owner.medianMs, memberUnprepared: q.unprepared.member.medianMs };
  };
  const rows: GrowthRow[] = [];
  for (const q of base.queries) {
    const from = medians(base, q.name)!;
    const to = medians(other, q.name);
    if (!to) continue;
    const growth = { member: to.member / from.member, owner: to.owner / from.owner, memberUnprepared: to.memberUnprepared / from.memberUnprepared };
    rows.push({ name: q.name, base: from, other: to, growth, ok: growth.member <= MAX_GROWTH });
  }
  const names = new Set(rows.map((r) => r.name));
  const unmatched = [...base.queries, ...other.queries].map((q) => q.name).filter((n) => !names.has(n));
  return {
    baseScale: base.options.scale as number, otherScale: other.options.scale as number,
    generationSeconds: { base: base.generation.seconds, other: other.generation.seconds },
    rows, unmatched: [...new Set(unmatched)], ok: rows.every((r) => r.ok) && unmatched.length === 0,
  };
}

export function formatGrowth(g: GrowthReport): string {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const x = (n: number) => `${n.toFixed(2)}×`;
  const head = ['query', `member ms @${g.baseScale}`, `@${g.otherScale}`, 'growth', `≤${MAX_GROWTH}×`, 'owner growth', 'unprepared member growth'];
  const rows = g.rows.map((r) => [r.name, ms(r.base.member), ms(r.other.member), x(r.growth.member), r.ok ? 'PASS' : 'FAIL',
    x(r.growth.owner), x(r.growth.memberUnprepared)]);
  const lines = [`Growth from scale ${g.baseScale} to scale ${g.otherScale} (medians as PostgREST runs them, prepared):`,
    ...table(head, rows),
    `Generation: ${g.generationSeconds.base} s at scale ${g.baseScale}, ${g.generationSeconds.other} s at scale ${g.otherScale}.`];
  if (g.unmatched.length) lines.push(`Measured in one run only: ${g.unmatched.join(', ')}.`);
  return lines.join('\n');
}

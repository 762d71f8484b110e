// The tables of docs/performance.md, from saved runs: `npm run bench -- markdown run.json [base.json]`
// prints one table per scale (prepared as PostgREST runs, unprepared beside it) and, given a run at
// another scale, the growth between them.
import type { GrowthReport } from './growth.ts';
import type { BenchReport, QueryResult } from './report.ts';
import { MAX_GROWTH } from './targets.ts';

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const yes = (ok: boolean, what = '') => (ok ? `yes${what}` : `**no**${what}`);

function queryRow(q: QueryResult): string {
  const p = q.prepared;
  const u = q.unprepared;
  return row([q.name, ms(p.member.medianMs), ms(p.owner.medianMs), p.extraMs.toFixed(3), p.ratio.toFixed(2),
    yes(p.meets.rlsCost), yes(p.meets.speed, ` (≤${q.targetMs})`),
    ms(u.member.medianMs), ms(u.owner.medianMs), u.extraMs.toFixed(3), u.ratio.toFixed(2)]);
}

export function formatMarkdown(report: BenchReport, growth?: GrowthReport): string {
  const lines = [
    row(['query', 'member ms', 'owner ms', 'extra ms', 'ratio', 'RLS cost met', 'speed met',
      'unprepared: member ms', 'owner ms', 'extra ms', 'ratio']),
    row(['---', ...Array<string>(10).fill('---:')]),
    ...report.queries.map(queryRow),
  ];
  if (growth) {
    lines.push('', row(['query', `member ms @${growth.baseScale}`, `@${growth.otherScale}`, 'growth', `≤${MAX_GROWTH}× met`,
      'owner growth', 'unprepared member growth']));
    lines.push(row(['---', ...Array<string>(6).fill('---:')]));
    for (const r of growth.rows) {
      lines.push(row([r.name, ms(r.base.member), ms(r.other.member), `${r.growth.member.toFixed(2)}×`, yes(r.ok),
        `${r.growth.owner.toFixed(2)}×`, `${r.growth.memberUnprepared.toFixed(2)}×`]));
    }
  }
  return lines.join('\n');
}

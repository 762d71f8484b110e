// The scores as a Markdown table (printed, and pasted into docs/performance.md) and as JSON.
import type { Measurement } from './audit.ts';
import type { Scenario } from './pages.ts';
import { misses, targetsOf } from './targets.ts';

/** `runs`: each run's performance score, in order. */
export type PageResult = { scenario: Scenario; runs: number[]; median: Measurement; unmatched: string[] };

const HEADER = [
  '| page | kind | perf. | a11y | best pr. | SEO | LCP | CLS | TBT | perf. of each run | CPU index | CPU slowdown | targets |',
  '|---|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|---|',
];

export function formatRow({ scenario, runs, median: m }: PageResult): string {
  const { performance, accessibility, 'best-practices': bestPractices, seo } = m.scores;
  const missed = misses(scenario, m);
  const targets = Object.entries(targetsOf(scenario)).map(([category, min]) => `${category} ≥ ${min}`).join(', ');
  return `| \`${scenario.path.split('?')[0]}\` | ${scenario.kind} | ${performance} | ${accessibility} | ${bestPractices} | ${seo} | `
    + `${(m.lcpMs / 1000).toFixed(2)} s | ${m.cls.toFixed(3)} | ${Math.round(m.tbtMs)} ms | ${runs.join(', ')} | ${Math.round(m.benchmarkIndex)} | ${m.cpuSlowdownMultiplier}× | ${missed.length === 0 ? 'met' : `**missed: ${missed.join(', ')}**`} (${targets}) |`;
}

export function formatTable(results: PageResult[]): string {
  return [...HEADER, ...results.map(formatRow)].join('\n');
}

/** File name of a page's HTML report: its path without the query, slashes as dashes. */
export function slug(path: string): string {
  const bare = path.split('?')[0];
  return bare === '/' ? 'home' : bare.slice(1).replaceAll('/', '-');
}

export function summary(results: PageResult[]) {
  return results.map(({ scenario, runs, median: m, unmatched }) => ({
    path: scenario.path, kind: scenario.kind, runs, scores: m.scores,
    lcpMs: Math.round(m.lcpMs), cls: m.cls, tbtMs: Math.round(m.tbtMs), benchmarkIndex: m.benchmarkIndex, cpuSlowdownMultiplier: m.cpuSlowdownMultiplier, missed: misses(scenario, m), failingAudits: m.failing, unmatched,
  }));
}

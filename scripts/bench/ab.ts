// `npm run bench -- ab [--base 3e3d671] [--scale 1]`: the hot reads of this checkout's chapters (B)
// against an earlier commit's (A) on the same data, interleaved in one run (ab-runner.ts). Made for
// issue 15's "no slowdown" of the access words: 3e3d671 holds the chapters before them.
import os from 'node:os';
import { copyDataset, createDatabaseAt } from './ab-databases.ts';
import { type AbOptions, type AbQuery, runAb } from './ab-runner.ts';
import { createBenchDatabase } from './database.ts';
import { generateDataset } from './dataset.ts';
import { HOT_QUERIES } from './queries.ts';
import { sizesFor } from './sizes.ts';

export type AbReport = {
  startedAt: string;
  base: string;
  scale: number;
  options: AbOptions;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  copiedRows: number;
  queries: AbQuery[];
};

export async function runAbBench(clusterSuperuserUrl: string, base: string, scale: number, options: AbOptions,
  log: (line: string) => void): Promise<AbReport> {
  const startedAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  log(`B: this checkout's chapters...`);
  const b = await createBenchDatabase(clusterSuperuserUrl);
  try {
    log(`A: the chapters of ${base}...`);
    const a = await createDatabaseAt(clusterSuperuserUrl, base);
    try {
      log(`Generating the data set at scale ${scale} in B...`);
      await generateDataset(b.superuserUrl, sizesFor(scale), log);
      log(`Copying it into A...`);
      const copied = await copyDataset(b, a, log);
      log(`Timing the hot queries, A and B interleaved...`);
      const queries = await runAb(a.ownerUrl, b.ownerUrl, HOT_QUERIES, options, log);
      return { startedAt, base, scale, options, loadAverageBefore, loadAverageAfter: os.loadavg(),
        copiedRows: copied.reduce((n, t) => n + t.rows, 0), queries };
    } finally {
      await a.drop();
    }
  } finally {
    await b.drop();
  }
}

const ms = (value: number) => value.toFixed(2);
const load = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');

/** The report as docs/performance.md shows it: medians of A and B and B/A per query and mode. */
export function formatAb(report: AbReport): string {
  const lines = [
    `A = ${report.base}, B = this checkout; scale ${report.scale}, ${report.options.reps} pairs per mode over up to ` +
      `${report.options.members} members (${report.options.warmup} warm-up pairs); ${report.copiedRows.toLocaleString('en-US')} rows copied into A. ` +
      `Load average (1/5/15 min) ${load(report.loadAverageBefore)} → ${load(report.loadAverageAfter)}.`,
    '',
    '| query | who | A ms | B ms | B/A | paired B/A | unprepared: A ms | B ms | B/A | paired B/A | rows differ |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const skipped: string[] = [];
  for (const q of report.queries) {
    if ('skipped' in q) {
      skipped.push(`- \`${q.name}\`: not timed, A cannot run it (${q.skipped}).`);
      continue;
    }
    const [p, u] = [q.modes.prepared, q.modes.unprepared];
    lines.push(`| ${q.name} | ${q.who} | ${ms(p.a.medianMs)} | ${ms(p.b.medianMs)} | ${p.ratio.toFixed(2)} | ${p.pairedRatio.toFixed(2)} | ` +
      `${ms(u.a.medianMs)} | ${ms(u.b.medianMs)} | ${u.ratio.toFixed(2)} | ${u.pairedRatio.toFixed(2)} | ${p.rowMismatches + u.rowMismatches} |`);
  }
  return [...lines, ...(skipped.length ? ['', ...skipped] : [])].join('\n');
}

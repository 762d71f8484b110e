// The two databases of `npm run bench -- ab`: B holds this checkout's chapters, A the chapters of an
// earlier commit (read with `git show`, applied by the same pinned CLI after that commit's platform
// bootstrap). The data set is generated once, in B, then copied row for row into A through
// postgres_fdw (every table both schemas have, the columns both have, triggers off), so both answer
// the same rows and only the schema differs.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { repoRoot, runSqlFile, urlForRole } from '../db/prepare-database.ts';
import { type BenchDatabase, superuser } from './database.ts';

const run = promisify(execFile);
const supabaseCli = path.join(repoRoot, 'node_modules', '.bin', 'supabase');

/** `commit`'s supabase/ folder (config, templates, migrations) and platform bootstrap, in a temporary folder. */
async function checkoutSchema(commit: string): Promise<{ dir: string; bootstrap: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'capitune-bench-ab-'));
  const archive = path.join(dir, 'checkout.tar');
  await run('git', ['archive', '--output', archive, commit, 'supabase', 'scripts/db/platform-bootstrap.sql'], { cwd: repoRoot });
  await run('tar', ['-xf', archive, '-C', dir]);
  return { dir, bootstrap: path.join(dir, 'scripts', 'db', 'platform-bootstrap.sql') };
}

/** A database of the cluster with `commit`'s platform bootstrap and chapters, no seed. */
export async function createDatabaseAt(clusterSuperuserUrl: string, commit: string): Promise<BenchDatabase> {
  const name = `capitune_bench_ab_${commit.slice(0, 12).replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await superuser(clusterSuperuserUrl, `create database ${name}`);
  const target = new URL(clusterSuperuserUrl);
  target.pathname = `/${name}`;
  const superuserUrl = target.toString();
  const ownerUrl = urlForRole(superuserUrl, 'postgres', 'postgres');
  const drop = async () => void (await superuser(clusterSuperuserUrl, `drop database if exists ${name} with (force)`));
  const schema = await checkoutSchema(commit);
  try {
    await runSqlFile(superuserUrl, schema.bootstrap);
    const env = { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
    await run(supabaseCli, ['migration', 'up', '--db-url', ownerUrl], { cwd: schema.dir, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await drop();
    throw error;
  } finally {
    await rm(schema.dir, { recursive: true, force: true });
  }
  return { name, superuserUrl, ownerUrl, drop };
}

const COPIED_SCHEMAS = ['auth', 'storage', 'public', 'private'];

type Column = { name: string; type: string };
export type CopiedTable = { table: string; rows: number };

/** Copies every table `from` filled into `to` where `to` has it and it is still empty (what the
 *  migrations themselves inserted stays as each schema wrote it). Both in the same cluster. */
export async function copyDataset(from: BenchDatabase, to: BenchDatabase, log: (line: string) => void): Promise<CopiedTable[]> {
  const source = new URL(from.superuserUrl);
  const client = new pg.Client({ connectionString: to.superuserUrl });
  await client.connect();
  const copied: CopiedTable[] = [];
  try {
    await client.query(`create extension if not exists postgres_fdw with schema extensions`);
    await client.query(`create server bench_ab_source foreign data wrapper postgres_fdw
      options (host '${source.hostname}', port '${source.port || '5432'}', dbname '${from.name}', fetch_size '20000')`);
    await client.query(`create user mapping for current_user server bench_ab_source
      options (user '${decodeURIComponent(source.username)}', password '${decodeURIComponent(source.password)}')`);
    await client.query(`create schema bench_ab_source`);
    const tables = await tablesOf(client);
    const remote = new pg.Client({ connectionString: from.superuserUrl });
    await remote.connect();
    try {
      await client.query(`set session_replication_role = replica`);
      for (const [table, columns] of tables) {
        const [schema, name] = table.split('.') as [string, string];
        const remoteColumns = await columnNames(remote, schema, name);
        const common = columns.filter((c) => remoteColumns.has(c.name));
        if (!remoteColumns.size || common.length === 0) continue;
        const empty = (await client.query(`select not exists (select from ${table}) as empty`)).rows[0].empty;
        const filled = (await remote.query(`select exists (select from ${table}) as filled`)).rows[0].filled;
        if (!empty || !filled) continue;
        const foreign = `bench_ab_source.${schema}__${name}`;
        const list = common.map((c) => pg.escapeIdentifier(c.name)).join(', ');
        await client.query(`create foreign table ${foreign} (${common.map((c) => `${pg.escapeIdentifier(c.name)} ${c.type}`).join(', ')})
          server bench_ab_source options (schema_name '${schema}', table_name '${name}')`);
        const t0 = performance.now();
        const result = await client.query(`insert into ${table} (${list}) overriding system value select ${list} from ${foreign}`);
        copied.push({ table, rows: result.rowCount ?? 0 });
        log(`  ${table}: ${(result.rowCount ?? 0).toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    } finally {
      await remote.end();
    }
    await client.query(`set session_replication_role = origin`);
    await client.query(`drop schema bench_ab_source cascade`);
    await client.query(`drop server bench_ab_source cascade`);
    await client.query(`drop extension postgres_fdw`);
    await client.query(`vacuum (analyze)`);
    await client.query(`checkpoint`); // as generateDataset does: no checkpoint writing while reads are timed
  } finally {
    await client.end();
  }
  return copied;
}

// Ordinary tables of the copied schemas, each with its writable columns (no generated ones).
async function tablesOf(client: pg.Client): Promise<Map<string, Column[]>> {
  const { rows } = await client.query<{ relation: string; name: string; type: string }>(
    `select format('%I.%I', n.nspname, c.relname) as relation, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where c.relkind = 'r' and n.nspname = any($1) order by 1, a.attnum`, [COPIED_SCHEMAS]);
  const tables = new Map<string, Column[]>();
  for (const row of rows) tables.set(row.relation, [...(tables.get(row.relation) ?? []), { name: row.name, type: row.type }]);
  return tables;
}

async function columnNames(client: pg.Client, schema: string, table: string): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(
    `select a.attname as name from pg_attribute a where a.attrelid = to_regclass(format('%I.%I', $1::text, $2::text))
       and a.attnum > 0 and not a.attisdropped`, [schema, table]);
  return new Set(rows.map((r) => r.name));
}

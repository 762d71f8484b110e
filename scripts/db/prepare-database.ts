// Brings a database to the state tests expect: platform bootstrap (when needed), migrations, seed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { withServerSslMode } from './ssl-mode.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bootstrapFile = path.join(repoRoot, 'scripts', 'db', 'platform-bootstrap.sql');
const seedFile = path.join(repoRoot, 'supabase', 'seed.sql');
const supabaseCli = path.join(repoRoot, 'node_modules', '.bin', 'supabase');

export type PrepareOptions = {
  /** Load supabase/seed.sql after the migrations (default true). */
  seed?: boolean;
  /** Who runs migrations and seed; default `url` itself. Pass a `postgres`-role URL on our own cluster. */
  migrationUrl?: string;
};

export type SeedOutcome = 'loaded' | 'already-applied' | 'absent' | 'disabled';
export type PrepareSummary = { bootstrapped: boolean; migrations: string[]; seed: SeedOutcome; cliOutput: string };

/**
 * (a) applies scripts/db/platform-bootstrap.sql when the database has no `auth` schema (needs a
 * superuser `url`); (b) applies supabase/migrations with the real Supabase CLI; (c) runs seed.sql once
 * per database, recorded like the CLI does in supabase_migrations.seed_files.
 */
export async function prepareDatabase(url: string, options: PrepareOptions = {}): Promise<PrepareSummary> {
  const migrationUrl = await withServerSslMode(options.migrationUrl ?? url);
  const bootstrapped = await bootstrapIfNeeded(url);
  const cliOutput = await runCli(['migration', 'up', '--db-url', migrationUrl]);
  const migrations = await appliedMigrations(migrationUrl);
  const seed = options.seed === false ? 'disabled' : existsSync(seedFile) ? await seedOnce(migrationUrl) : 'absent';
  return { bootstrapped, migrations, seed, cliOutput };
}

/** The same server and database (and query parameters), connecting as another role. */
export function urlForRole(url: string, user: string, password: string): string {
  const target = new URL(url);
  target.username = encodeURIComponent(user);
  target.password = encodeURIComponent(password);
  return target.toString();
}

async function bootstrapIfNeeded(url: string): Promise<boolean> {
  const hasAuth = await withClient(url, async (client) => {
    const { rows } = await client.query<{ present: boolean }>(
      `select exists (select from pg_namespace where nspname = 'auth') as present`,
    );
    return rows[0]?.present === true;
  });
  if (hasAuth) return false;
  await runSqlFile(url, bootstrapFile);
  return true;
}

async function appliedMigrations(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ migration: string }>(
      `select version || '_' || coalesce(name, '') as migration
       from supabase_migrations.schema_migrations order by version`,
    ).catch(() => ({ rows: [] })); // no history table: the CLI found no migration files
    return rows.map((row) => row.migration);
  });
}

// The CLI's seed history (facts §10): a seed already recorded for this database is not run again.
async function seedOnce(url: string): Promise<SeedOutcome> {
  const sql = await readFile(seedFile, 'utf8');
  const hash = createHash('sha256').update(sql).digest('hex');
  const seedPath = path.relative(repoRoot, seedFile);
  return withClient(url, async (client) => {
    await client.query('begin');
    try {
      await client.query(`create schema if not exists supabase_migrations`);
      await client.query(
        `create table if not exists supabase_migrations.seed_files (path text not null primary key, hash text not null)`,
      );
      const { rowCount } = await client.query(`select from supabase_migrations.seed_files where path = $1`, [seedPath]);
      if (rowCount) {
        await client.query('rollback');
        return 'already-applied';
      }
      await client.query(sql).catch((error: pg.DatabaseError) => {
        throw sqlError(seedFile, sql, error);
      });
      await client.query(`insert into supabase_migrations.seed_files (path, hash) values ($1, $2)`, [seedPath, hash]);
      await client.query('commit');
      return 'loaded';
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  });
}

export async function runSqlFile(url: string, file: string): Promise<void> {
  const sql = await readFile(file, 'utf8');
  await withClient(url, async (client) => {
    await client.query(sql).catch((error: pg.DatabaseError) => {
      throw sqlError(file, sql, error);
    });
  });
}

function sqlError(file: string, sql: string, error: pg.DatabaseError): Error {
  const where = error.position ? ` (line ${lineOf(sql, Number(error.position))})` : '';
  return new Error(`${path.relative(repoRoot, file)}${where}: ${error.message}`, { cause: error });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs the pinned Supabase CLI in the repo root; rejects with its full output when it fails. */
export function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
    execFile(supabaseCli, args, { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      if (error) reject(new Error(`supabase ${args[0]} ${args[1]} failed (exit ${error.code}):\n${output}`));
      else resolve(output);
    });
  });
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

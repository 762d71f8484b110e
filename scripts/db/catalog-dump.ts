// npm run db:catalog — prints a sorted, deterministic text dump of a database's catalog (schemas,
// types, tables and columns, constraints, indexes, RLS, policies, grants, functions, triggers, views,
// publications, storage buckets) and a digest of its rows per column, so two databases compare
// with `diff`. Usage:
//   npm run db:catalog -- <database-url>        dump that database as it is
//   npm run db:catalog                          bootstrap + migrate + seed this checkout on a
//                                               disposable Postgres (as the tests do), dump it
//   npm run db:catalog -- --checkout ../main    the same with another checkout's migrations and seed
// e.g. `npm run db:catalog -- --checkout /work/main > main.txt; npm run db:catalog > branch.txt; diff main.txt branch.txt`
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { SECTIONS } from './catalog-sections.ts';
import { startLocalPostgres } from './local-postgres.ts';
import { repoRoot } from './prepare-database.ts';
import { rowDigests } from './catalog-rows.ts';

type Prepare = typeof import('./prepare-database.ts');

async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--checkout');
  const checkout = at >= 0 ? args[at + 1] : undefined;
  const others = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  if ((at >= 0 && !checkout) || others.length > 1 || (checkout && others.length > 0)) {
    throw new Error('usage: npm run db:catalog [-- <database-url> | -- --checkout <dir>]');
  }
  if (others[0]) return print(others[0]);
  const source = path.resolve(checkout ?? repoRoot);
  const server = await startLocalPostgres();
  try {
    // That checkout's own harness: its platform bootstrap, its migrations through its CLI, its seed.
    const harness = (await import(pathToFileURL(path.join(source, 'scripts', 'db', 'prepare-database.ts')).href)) as Prepare;
    const ownerUrl = harness.urlForRole(server.url, 'postgres', 'postgres');
    console.error(`db:catalog: migrating and seeding ${source} on a disposable Postgres...`);
    await harness.prepareDatabase(server.url, { migrationUrl: ownerUrl });
    await print(ownerUrl);
  } finally {
    await server.stop();
  }
}

async function print(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for every section, nothing written; every name printed with its schema.
    await client.query('begin isolation level repeatable read read only');
    await client.query(`set local search_path = ''`);
    for (const [section, sql] of Object.entries(SECTIONS)) {
      const { rows } = await client.query<Line>(sql);
      process.stdout.write(`## ${section}\n${rows.sort(byKeyThenPosition).map((row) => `${row.line}\n`).join('')}`);
    }
    process.stdout.write(`## rows\n${(await rowDigests(client)).map((line) => `${line}\n`).join('')}`);
    await client.query('rollback');
  } finally {
    await client.end();
  }
}

type Line = { line: string; key?: string; at?: number };

// Code-unit order: the same on every machine, whatever its locale.
function byKeyThenPosition(a: Line, b: Line): number {
  const [ka, kb] = [a.key ?? a.line, b.key ?? b.line];
  if (ka !== kb) return ka < kb ? -1 : 1;
  return (a.at ?? 0) - (b.at ?? 0);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db:catalog failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

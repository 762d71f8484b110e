// npm run db:reset — bootstrap (when needed) + migrations + seed, on DATABASE_URL or on a
// disposable embedded Postgres that is removed afterwards (a dry run of the whole chain).
import { startLocalPostgres } from './db/local-postgres.ts';
import { type PrepareSummary, prepareDatabase, urlForRole } from './db/prepare-database.ts';

async function main(): Promise<void> {
  const given = process.env.DATABASE_URL;
  if (given) {
    console.log(`db:reset on DATABASE_URL (${redact(given)})`);
    report(await prepareDatabase(given));
    return;
  }
  console.log('DATABASE_URL is not set: starting a disposable embedded Postgres 17...');
  const server = await startLocalPostgres();
  try {
    report(await prepareDatabase(server.url, { migrationUrl: urlForRole(server.url, 'postgres', 'postgres') }));
  } finally {
    await server.stop();
    console.log('Stopped the disposable Postgres and removed its data directory (nothing was kept).');
    console.log('Set DATABASE_URL to prepare a database you keep, e.g. the one `supabase start` runs.');
  }
}

function report(summary: PrepareSummary): void {
  console.log(summary.bootstrapped ? '- platform bootstrap: applied (no auth schema found)' : '- platform bootstrap: skipped (auth schema present)');
  console.log(`- migrations (${summary.migrations.length} recorded):`);
  for (const migration of summary.migrations) console.log(`    ${migration}`);
  const seed = {
    loaded: 'supabase/seed.sql loaded',
    'already-applied': 'skipped, already recorded in supabase_migrations.seed_files (reset the database to reload it)',
    absent: 'none (no supabase/seed.sql)',
    disabled: 'not requested',
  }[summary.seed];
  console.log(`- seed: ${seed}`);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((error: unknown) => {
  console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

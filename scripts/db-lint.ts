// npm run db:lint — `supabase db lint` (plpgsql_check over every PL/pgSQL function of our schemas)
// on a throwaway cluster holding the bootstrap and the migrations; fails on any warning or error.
// The embedded PostgreSQL 17 ships no plpgsql_check, so the cluster runs Debian's PostgreSQL 15
// (`apt-get install -y postgresql-15 postgresql-15-plpgsql-check`), or the server folder named by
// LINT_POSTGRES_BINARIES.
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startLocalPostgres } from './db/local-postgres.ts';
import { prepareDatabase, runCli, urlForRole } from './db/prepare-database.ts';

const binaries = process.env.LINT_POSTGRES_BINARIES ?? '/usr/lib/postgresql/15';

async function main(): Promise<void> {
  if (!existsSync(path.join(binaries, 'bin', 'postgres')) || !hasPlpgsqlCheck(binaries)) {
    throw new Error(`no PostgreSQL with plpgsql_check in ${binaries}: apt-get install -y postgresql-15 postgresql-15-plpgsql-check`);
  }
  const server = await startLocalPostgres({ binaries });
  try {
    const ownerUrl = urlForRole(server.url, 'postgres', 'postgres');
    await prepareDatabase(server.url, { migrationUrl: ownerUrl, seed: false });
    await createPlpgsqlCheck(server.url);
    const output = await runCli(['db', 'lint', '--db-url', ownerUrl, '--level', 'warning', '--fail-on', 'warning']);
    console.log(output || 'supabase db lint: no finding.');
  } finally {
    await server.stop();
  }
}

/**
 * The CLI runs `create extension if not exists plpgsql_check` as postgres (it steps down from
 * supabase_admin too). On Supabase, supautils lets postgres create it as the superuser (it is in
 * supautils.privileged_extensions, supabase/postgres ansible/files/postgresql_config/supautils.conf.j2);
 * plain PostgreSQL has no supautils, so the superuser creates it first and the CLI finds it there.
 */
async function createPlpgsqlCheck(superuserUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('create extension if not exists plpgsql_check with schema extensions');
  } finally {
    await client.end();
  }
}

/** Debian installs an extension's control file beside the server's share folder, not under it. */
function hasPlpgsqlCheck(folder: string): boolean {
  const version = path.basename(folder);
  return [path.join(folder, 'share', 'extension'), `/usr/share/postgresql/${version}/extension`].some((dir) =>
    existsSync(path.join(dir, 'plpgsql_check.control')),
  );
}

main().catch((error: unknown) => {
  console.error(`db:lint failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

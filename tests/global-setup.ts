// Database for the `database` project: DATABASE_URL when given (e.g. `supabase start`'s Postgres),
// else a disposable embedded Postgres 17 that is removed after the run.
import type { TestProject } from 'vitest/node';
import { startLocalPostgres } from '../scripts/db/local-postgres.ts';
import { prepareDatabase, urlForRole } from '../scripts/db/prepare-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection for tests: role `postgres`, the owner of the app's tables (as on Supabase). */
    databaseUrl: string;
    /** A superuser of the cluster; only when the harness started the cluster itself. */
    superuserUrl: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await prepareDatabase(given);
    project.provide('databaseUrl', given);
    project.provide('superuserUrl', undefined);
    return async () => {};
  }
  const server = await startLocalPostgres();
  try {
    const ownerUrl = urlForRole(server.url, 'postgres', 'postgres');
    await prepareDatabase(server.url, { migrationUrl: ownerUrl });
    project.provide('databaseUrl', ownerUrl);
    project.provide('superuserUrl', server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}

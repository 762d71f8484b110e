// npm run db:types — writes web/lib/database.types.ts from DATABASE_URL as it is, or else from a
// disposable embedded Postgres with the migrations applied (no seed: types depend on schema only).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateTypes, typesFile } from './db/generate-types.ts';
import { startLocalPostgres } from './db/local-postgres.ts';
import { prepareDatabase, repoRoot, urlForRole } from './db/prepare-database.ts';

async function main(): Promise<void> {
  const given = process.env.DATABASE_URL;
  const types = given ? await generateTypes(given) : await fromDisposableDatabase();
  await mkdir(path.dirname(typesFile), { recursive: true });
  await writeFile(typesFile, types);
  console.log(`Wrote ${path.relative(repoRoot, typesFile)} from ${given ? 'DATABASE_URL' : 'a disposable migrated Postgres'}.`);
}

async function fromDisposableDatabase(): Promise<string> {
  const server = await startLocalPostgres();
  try {
    // Migrate and introspect as `postgres`, the role the tests and the CLI use.
    const ownerUrl = urlForRole(server.url, 'postgres', 'postgres');
    await prepareDatabase(server.url, { seed: false, migrationUrl: ownerUrl });
    return await generateTypes(ownerUrl);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:types failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

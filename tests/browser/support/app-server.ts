// The web app as users get it: `next build` then `next start`, pointed at the Supabase stand-in.
// NEXT_PUBLIC_* values are inlined at build time, so every run builds for its own stand-in port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURE_NOW, SERVER_CLOCK_PRELOAD } from './clock.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIR = join(REPO_ROOT, 'web');
// BROWSER_RESULTS_DIR: another folder for this run's artifacts (runs side by side, with NEXT_DIST_DIR).
export const RESULTS_DIR = process.env.BROWSER_RESULTS_DIR ? resolve(process.env.BROWSER_RESULTS_DIR) : join(REPO_ROOT, 'test-results');

/** The publishable key the app is built with; the stand-in records it in `apikey` headers. */
export const TEST_PUBLISHABLE_KEY = 'sb_publishable_browser-tests-stand-in';

/** Environment the app is built and started with (names as in web/.env.example). */
export function appEnv(standInUrl: string, appUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SUPABASE_URL: standInUrl,
    NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY: TEST_PUBLISHABLE_KEY,
    NEXT_PUBLIC_SITE_URL: appUrl,
  };
}

/** A port free on 127.0.0.1 right now (the OS picks it; the caller binds it soon after). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

function nextBin(): string {
  return createRequire(join(WEB_DIR, 'package.json')).resolve('next/dist/bin/next');
}

/** Runs `next build` in web/, its output in test-results/next-build.log; throws with the tail on failure. */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logPath = join(RESULTS_DIR, 'next-build.log');
  rmSync(join(RESULTS_DIR, BUILT_FOR), { force: true });
  const child = spawn(process.execPath, [nextBin(), 'build'], { cwd: WEB_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logPath);
  let tail = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  log.end();
  if (code !== 0) throw new Error(`next build failed (exit ${code}); full log in ${logPath}:\n${tail}`);
  const built: BuiltFor = { supabaseUrl: env.NEXT_PUBLIC_SUPABASE_URL ?? '', siteUrl: env.NEXT_PUBLIC_SITE_URL ?? '' };
  writeFileSync(join(RESULTS_DIR, BUILT_FOR), `${JSON.stringify(built)}\n`);
}

/** The addresses the last build inlined, so a later run can serve that build (Lighthouse in CI). */
export type BuiltFor = { supabaseUrl: string; siteUrl: string };
const BUILT_FOR = 'next-build.json';

export function lastBuild(): BuiltFor {
  const path = join(RESULTS_DIR, BUILT_FOR);
  if (!existsSync(path)) throw new Error(`no build to reuse: ${path} is missing (run the browser suite first)`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltFor;
}

export type RunningApp = { url: string; stop: () => Promise<void> };

/** Starts `next start` on 127.0.0.1:`port`, its clock at FIXTURE_NOW, and resolves once it answers HTTP. */
export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<RunningApp> {
  const logPath = join(RESULTS_DIR, 'next-start.log');
  const clock = ['--import', pathToFileURL(SERVER_CLOCK_PRELOAD).href];
  const child = spawn(process.execPath, [...clock, nextBin(), 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: WEB_DIR,
    env: { ...env, FIXTURE_NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stop() ends the server and anything it spawned
  });
  const log = createWriteStream(logPath);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await waitUntilServing(url, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; server log in ${logPath}`);
  }
  return { url, stop };
}

/** Polls until the server answers any HTTP status, failing at once if it exits. */
async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`next start exited with ${code} before serving`))),
  );
  const deadline = Date.now() + timeoutMs;
  for (let wait = 50; Date.now() < deadline; wait = Math.min(wait * 2, 500)) {
    const answered = await Promise.race([
      fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
        () => true,
        () => false,
      ),
      exited,
    ]);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, wait)); // back-off between connection attempts
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const closed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const forced = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await closed;
  clearTimeout(forced);
}

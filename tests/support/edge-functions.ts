// Edge functions as Supabase's runtime would serve them, but with the pinned Deno: `deno serve`
// on a free loopback port, with exactly the environment that runtime gives a function (checked:
// anything else is refused), output kept for failure messages.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { denoBinary, denoEnv, functionsDir } from '../../scripts/functions/deno-runtime.ts';
import { testProject } from './tokens.ts';
import { assertPlatformEnv, platformEnv, type PlatformOptions, type Runtime } from './platform-env.ts';

export { platformEnv, type PlatformOptions, type Runtime, TEST_SITE_URL } from './platform-env.ts';

export type RunningFunction = { url: string; output(): string; stop(): Promise<void> };

/** Starts function `name` with the environment the platform would give it (`serve` by default). */
export function startFunction(name: string, options: PlatformOptions): Promise<RunningFunction> {
  return startFunctionWithEnv(name, platformEnv(name, options), options.runtime);
}

/** Starts function `name` with `env`, once checked to be what `runtime` could give it; throws otherwise. */
export async function startFunctionWithEnv(
  name: string,
  env: Record<string, string>,
  runtime: Runtime = 'serve',
): Promise<RunningFunction> {
  const childEnv = denoEnv(env);
  assertPlatformEnv(name, childEnv, runtime); // what the process really gets, Deno's own settings included
  const port = await freePort();
  const args = ['serve', '--host', '127.0.0.1', '--port', String(port), '--allow-env', '--allow-net', `${name}/index.ts`];
  const child = spawn(denoBinary(), args, { cwd: functionsDir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const running = { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stop(child) };
  try {
    await waitForPort(port, child, 120_000); // a cold Deno cache downloads the npm: imports first
  } catch (error) {
    await stop(child);
    throw new Error(`${name} did not start: ${(error as Error).message}\n${output}`);
  }
  return running;
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`deno exited with code ${child.exitCode}`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listening on port ${port} after ${timeoutMs} ms`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => (clearTimeout(kill), resolve()));
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The headers pg_cron sends (private.invoke_edge_function, migration 20261124204200_find_orphaned_files). */
export const asPgCron = (key: string) => ({ Authorization: `Bearer ${key}`, apikey: key });

/** What supabase-js's functions.invoke sends for a signed-in user (lib/fetch.ts fetchWithAuth). */
export const asBrowser = (token: string) => ({ Authorization: `Bearer ${token}`, apikey: testProject.publishableKey });

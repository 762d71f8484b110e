// Builds and starts the production web app once per run, pointed at the port where each worker
// runs the Supabase stand-in (tests register their fixtures on it in-process).
// BROWSER_REUSE_BUILD=1 skips the build and serves the last one (test-results/next-build.json) on
// the addresses inlined in it: the second run of `test:another-day` tests the build the first made.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { appEnv, buildApp, freePort, lastBuild, RESULTS_DIR, startApp } from './support/app-server.ts';
import { SCREENSHOTS_TAKEN } from './support/screenshots.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const reused = process.env.BROWSER_REUSE_BUILD === '1' ? lastBuild() : undefined;
  const standInUrl = reused?.supabaseUrl ?? `http://127.0.0.1:${await freePort()}`;
  const appUrl = reused?.siteUrl ?? `http://127.0.0.1:${await freePort()}`;
  if (SCREENSHOTS_TAKEN) rmSync(join(RESULTS_DIR, 'screenshots'), { recursive: true, force: true });

  const env = appEnv(standInUrl, appUrl);
  const started = Date.now();
  if (!reused) await buildApp(env);
  const built = Date.now();
  const app = await startApp(Number(new URL(appUrl).port), env);
  const build = reused ? 'build reused' : `next build ${((built - started) / 1000).toFixed(1)} s`;
  console.log(`[browser] ${build}, next start ${((Date.now() - built) / 1000).toFixed(1)} s — ${appUrl}`);

  // Workers inherit these: the stand-in binds STAND_IN_PORT, tests browse BROWSER_APP_URL.
  process.env.STAND_IN_PORT = new URL(standInUrl).port;
  process.env.BROWSER_APP_URL = app.url;
  return app.stop;
}

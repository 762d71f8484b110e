// Builds and starts the production web app once per run, pointed at the port where each worker
// runs the Supabase stand-in (tests register their fixtures on it in-process).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { appEnv, buildApp, freePort, RESULTS_DIR, startApp } from './support/app-server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const standInPort = await freePort();
  const appPort = await freePort();
  const standInUrl = `http://127.0.0.1:${standInPort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  rmSync(join(RESULTS_DIR, 'screenshots'), { recursive: true, force: true });

  const env = appEnv(standInUrl, appUrl);
  const started = Date.now();
  await buildApp(env);
  const built = Date.now();
  const app = await startApp(appPort, env);
  console.log(`[browser] next build ${((built - started) / 1000).toFixed(1)} s, next start ${((Date.now() - built) / 1000).toFixed(1)} s — ${appUrl}`);

  // Workers inherit these: the stand-in binds STAND_IN_PORT, tests browse BROWSER_APP_URL.
  process.env.STAND_IN_PORT = String(standInPort);
  process.env.BROWSER_APP_URL = app.url;
  return app.stop;
}

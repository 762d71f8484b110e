// npm run lighthouse [-- --check] [-- --runs 5] [-- --page /connexion] [-- --preset] [-- --reuse-build]
// Lighthouse (DESIGN §4) on the production build, as the browser suite runs it: `next build` +
// `next start` with the server's clock at the fixtures' instant, Supabase answered by the stand-in,
// Debian's Chromium. Without --check: every page (public and signed-in), scores printed and written
// to test-results/lighthouse/. With --check: the public pages, one run each, exit 1 below an
// accessibility, best-practices or SEO target (performance is printed, not judged: targets.ts). The CPU
// slowdown is calibrated to this machine (calibration.ts) unless --preset keeps the preset's 4×.
// --reuse-build: no `next build`; start the one the browser suite made (CI), with the stand-in
// and the app on the addresses inlined in it (app-server.ts's next-build.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { StandIn } from '../../tests/browser/stand-in/index.ts';
import { appEnv, buildApp, freePort, lastBuild, RESULTS_DIR, startApp } from '../../tests/browser/support/app-server.ts';
import { FIXTURE_NOW_MS } from '../../tests/browser/support/clock.ts';
import { auditOnce, median, type Category, type Measurement } from './audit.ts';
import { launchChromium, preparedPage } from './browser.ts';
import { calibratedMultiplier, PRESET_MULTIPLIER } from './calibration.ts';
import { SCENARIOS, type Scenario } from './pages.ts';
import { formatRow, formatTable, slug, summary, type PageResult } from './report.ts';
import { judgedByCheck, misses } from './targets.ts';

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    preset: { type: 'boolean', default: false },
    'reuse-build': { type: 'boolean', default: false },
  },
});
const runs = options.check ? 1 : Number(options.runs);
if (!Number.isInteger(runs) || runs < 1 || runs % 2 === 0) throw new Error('--runs takes an odd number, so the median is one run');
const scenarios = SCENARIOS.filter((s) => (!options.check || s.kind === 'public') && (!options.page || options.page.includes(s.path.split('?')[0])));
if (scenarios.length === 0) throw new Error(`no page matches ${options.page?.join(', ')}`);
const outDir = join(RESULTS_DIR, 'lighthouse');

const started = Date.now();
const built = options['reuse-build'] ? lastBuild() : undefined;
const standIn = await StandIn.start(built ? Number(new URL(built.supabaseUrl).port) : 0);
const appPort = built ? Number(new URL(built.siteUrl).port) : await freePort();
const env = appEnv(standIn.url, `http://127.0.0.1:${appPort}`);
if (!built) await buildApp(env);
const app = await startApp(appPort, env);
const browser = await launchChromium();
console.log(`[lighthouse] app ${built ? 'started (build reused)' : 'built and started'} in ${seconds(started)}; ${scenarios.length} pages × ${runs} runs (median), mobile preset`
  + (options.preset ? ' as is' : ', CPU slowdown calibrated'));

const slowdownFor = options.preset ? () => PRESET_MULTIPLIER : calibratedMultiplier;
const results: PageResult[] = [];
try {
  for (const scenario of scenarios) {
    const result = await measurePage(scenario);
    results.push(result);
    console.log(formatRow(result));
    for (const line of result.unmatched) console.log(`    request no fixture answered: ${line}`);
  }
} finally {
  await browser.close();
  await app.stop();
  await standIn.stop();
}

mkdirSync(outDir, { recursive: true });
for (const { scenario, median: m } of results) writeFileSync(join(outDir, `${slug(scenario.path)}.html`), m.html);
writeFileSync(join(outDir, 'scores.json'), `${JSON.stringify(summary(results), null, 2)}\n`);
const table = formatTable(results);
writeFileSync(join(outDir, 'scores.md'), `${table}\n`);
console.log(`\n${table}\n\n[lighthouse] ${seconds(started)} in all; reports of the median runs in ${outDir}`);

const judged = (miss: string) => !options.check || judgedByCheck(miss.split(' ')[0] as Category);
const failures = results.flatMap(({ scenario, median: m, unmatched }) => [
  ...misses(scenario, m).filter(judged).map((miss) => `${scenario.path}: ${miss} — ${describeFailing(m, miss)}`),
  // A request the stand-in could not answer means the page audited is not the one a person sees.
  ...unmatched.map((line) => `${scenario.path}: no fixture for ${line}`),
]);
if (failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  if (options.check) process.exitCode = 1;
}

/** The page's median over `runs` runs. */
async function measurePage(scenario: Scenario): Promise<PageResult> {
  const measured: Measurement[] = [];
  const unmatched = new Set<string>();
  while (measured.length < runs) {
    measured.push(await auditScenario(scenario));
    for (const r of standIn.unmatched()) unmatched.add(`${r.client} ${r.method} ${r.path}${r.search}`);
  }
  return { scenario, runs: measured.map((m) => m.scores.performance), median: median(measured), unmatched: [...unmatched] };
}

/** One Lighthouse run of the page in a fresh context, its fixtures registered anew. */
async function auditScenario(scenario: Scenario): Promise<Measurement> {
  standIn.reset();
  const cookies = scenario.serve(standIn, app.url);
  const { page, close } = await preparedPage(browser, { cookies, nowMs: FIXTURE_NOW_MS, timezoneId: 'America/Toronto' });
  try {
    return await auditOnce(page, `${app.url}${scenario.path}`, slowdownFor);
  } finally {
    await close();
    await standIn.quiet(500); // the server may still be answering the closed page
  }
}

function describeFailing(m: Measurement, miss: string): string {
  const category = miss.split(' ')[0] as keyof Measurement['failing'];
  return m.failing[category].join('; ') || 'no single audit below 1';
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

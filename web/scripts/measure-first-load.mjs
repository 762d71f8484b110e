// First-load JavaScript per route, gzipped, from the last `next build` (Next 16 no longer prints
// it). A route's first load = the root main files + every client entry chunk its segments
// (layouts, error/not-found boundaries, page) declare in page_client-reference-manifest.js —
// the same <script> set the HTML references (the noModule polyfill is not counted).
// Usage: node scripts/measure-first-load.mjs [--check]   (--check: exit 1 over budget)
// `npm test` runs the check on the browser suite's build (root package.json).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// NEXT_DIST_DIR: measure the build that `next build` wrote there (see next.config.ts).
const nextDir = path.join(webDir, process.env.NEXT_DIST_DIR || '.next');
const appDir = path.join(nextDir, 'server', 'app');
const KiB = 1024;
// Budgets (DESIGN.md §4): public pages may add 10 KiB to the framework floor measured below (so a
// Next.js or React upgrade moves their budget with it); signed-in pages have a fixed 190 KiB.
const budgetOf = (kind, floor) => (kind === 'public' ? floor + 10 * KiB : 190 * KiB);

function manifests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return manifests(full);
    return name === 'page_client-reference-manifest.js' ? [full] : [];
  });
}

function entries(manifestPath) {
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(manifestPath, 'utf8'), sandbox);
  const [manifest] = Object.values(sandbox.__RSC_MANIFEST);
  return manifest.entryJSFiles;
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(nextDir, file)), { level: 9 }).length);
  return gzipCache.get(file);
}

function routeOf(manifestPath) {
  const segments = path.relative(appDir, path.dirname(manifestPath)).split(path.sep);
  const visible = segments.filter((s) => !(s.startsWith('(') && s.endsWith(')')));
  return { route: `/${visible.join('/')}`, kind: segments[0] === '(app)' ? 'signed-in' : 'public' };
}

const build = JSON.parse(readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8'));
const total = (files) => [...new Set(files)].reduce((sum, f) => sum + gzipSize(f), 0);
// Framework floor: what any page costs before app code (React, the router, the root layout's
// framework client components). Every route shares the root layout, hence one floor.
const measured = manifests(appDir).map((file) => {
  const entryFiles = entries(file);
  const rootLayout = Object.entries(entryFiles).find(([key]) => key.endsWith('/app/layout'))?.[1] ?? [];
  const files = new Set([...build.rootMainFiles, ...Object.values(entryFiles).flat()]);
  return { ...routeOf(file), floor: total([...build.rootMainFiles, ...rootLayout]), files: files.size, bytes: total([...files]) };
}).filter((row) => !row.route.startsWith('/_')); // Next's own /_not-found and /_global-error
const floor = Math.min(...measured.map((row) => row.floor));
const rows = measured
  .map((row) => ({ ...row, budget: budgetOf(row.kind, floor) }))
  .map((row) => ({ ...row, over: row.bytes > row.budget }))
  .sort((a, b) => a.kind.localeCompare(b.kind) || a.route.localeCompare(b.route));

const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
console.log('route'.padEnd(24), 'kind'.padEnd(10), 'chunks'.padStart(6), 'first-load JS (gzip -9)'.padStart(24), 'above floor'.padStart(12), ' budget');
for (const row of rows) {
  console.log(row.route.padEnd(24), row.kind.padEnd(10), String(row.files).padStart(6), kib(row.bytes).padStart(24),
    kib(row.bytes - floor).padStart(12), ` ${row.over ? 'OVER' : 'ok'} (≤ ${kib(row.budget)})`);
}
console.log(`Framework floor (Next.js runtime + React, no app code): ${kib(floor)}`);
const over = rows.filter((row) => row.over);
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`Over budget: ${over.map((row) => row.route).join(', ')}`);
  process.exit(1);
}

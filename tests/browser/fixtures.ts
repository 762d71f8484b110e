// Playwright fixtures: each worker runs the Supabase stand-in on the port the app was built for;
// each test starts it empty, registers its own fixtures, and fails if the app made a request that
// no fixture answered (opt out with `test.use({ unmatchedRequests: 'allow' })`).
import { test as base, expect } from '@playwright/test';
import type { Session } from '@supabase/supabase-js';
import { makeSession, sessionCookies, StandIn } from './stand-in/index.ts';
import { FIXTURE_NOW_MS } from './support/clock.ts';
import { serveViewer, type Person } from './support/people.ts';

type TestFixtures = {
  standIn: StandIn;
  unmatchedRequests: 'fail' | 'allow';
  /** Starts signed in without the form: the session in cookies as @supabase/ssr stores it, the viewer served. */
  signIn: (person: Person, options?: { aal?: 'aal1' | 'aal2' }) => Promise<Session>;
};
type WorkerFixtures = { standInServer: StandIn };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  standInServer: [
    async ({}, use) => {
      const port = Number(process.env.STAND_IN_PORT);
      if (!port) throw new Error('STAND_IN_PORT is unset: run through `playwright test -c tests/browser` (global setup sets it)');
      const server = await StandIn.start(port);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],

  unmatchedRequests: ['fail', { option: true }],

  standIn: async ({ standInServer, unmatchedRequests }, use, testInfo) => {
    standInServer.reset();
    await use(standInServer);
    await standInServer.quiet();
    const log = standInServer.requests().map(({ rawBody: _raw, ...request }) => request);
    await testInfo.attach('stand-in requests', { body: JSON.stringify(log, null, 2), contentType: 'application/json' });
    if (unmatchedRequests === 'fail') {
      const unmatched = standInServer.unmatched().map((r) => `${r.client} ${r.method} ${r.path}${r.search}`);
      expect(unmatched, 'requests no stand-in fixture answered').toEqual([]);
    }
  },

  // Every page starts at the fixtures' instant and time flows from there, as on the server.
  context: async ({ context }, use) => {
    await context.clock.install({ time: FIXTURE_NOW_MS });
    await use(context);
  },

  baseURL: async ({}, use) => {
    await use(process.env.BROWSER_APP_URL);
  },

  // Depends on standIn so the page closes before the stand-in checks for unmatched requests.
  page: async ({ page, standIn: _standIn }, use, testInfo) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
    });
    await use(page);
    if (problems.length > 0) await testInfo.attach('browser errors', { body: problems.join('\n'), contentType: 'text/plain' });
  },

  signIn: async ({ context, standIn, baseURL }, use) => {
    await use(async (person, options = {}) => {
      const session = makeSession(person.user, { supabaseUrl: standIn.url, aal: options.aal, issuedAt: FIXTURE_NOW_MS });
      serveViewer(standIn, person);
      await context.addCookies(sessionCookies(session, standIn.url, baseURL!));
      return session;
    });
  },
});

export { expect };

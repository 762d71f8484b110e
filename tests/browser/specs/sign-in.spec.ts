import { auth, makeSession } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { HomePage } from '../pages/home-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW_MS } from '../support/clock.ts';
import { serveDashboard, servePublicEvents } from '../support/community-data.ts';
import { amina, serveViewer } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

test('a visitor reads the public home without any call from the browser to Supabase, then reaches the sign-in form', async ({ page, standIn }) => {
  servePublicEvents(standIn, []); // the server reads upcoming Live as anon (specs/home.spec.ts)
  const home = new HomePage(page);
  await home.goto();
  await expectNoSeriousA11yViolations(page, 'home');
  await screenshot(page, 'home');

  await home.loginLink.click();

  const login = new LoginPage(page);
  await login.expectShown();
  await expect(page).toHaveURL((url) => url.pathname === LoginPage.path);
  expect(standIn.requests({ client: 'browser' })).toEqual([]);
});

test('a candidate signs in with email and password and lands on the dashboard', async ({ page, standIn }) => {
  const candidate = amina();
  const session = makeSession(candidate.user, { supabaseUrl: standIn.url, issuedAt: FIXTURE_NOW_MS });
  standIn.on({ method: 'POST', path: '/auth/v1/token', query: { grant_type: 'password' } }, auth.session(session));
  serveViewer(standIn, candidate);
  serveDashboard(standIn, candidate);

  const login = new LoginPage(page);
  await login.goto();
  await expectNoSeriousA11yViolations(page, 'login');
  await screenshot(page, 'login');
  await login.signIn(candidate.email, candidate.password);

  const dashboard = new DashboardPage(page);
  await dashboard.expectShown();
  await expect(dashboard.greeting).toContainText('Amina');
  const tokenCalls = standIn.requests({ path: '/auth/v1/token' });
  expect(tokenCalls).toHaveLength(1);
  expect(tokenCalls[0]).toMatchObject({ method: 'POST', client: 'browser', query: { grant_type: 'password' } });
  expect(tokenCalls[0].body).toMatchObject({ email: candidate.email, password: candidate.password });
  // The server trusts the HS256 session only after asking Auth about it, with that very token.
  const serverChecks = standIn.requests({ method: 'GET', path: '/auth/v1/user', client: 'server' });
  expect(serverChecks.length).toBeGreaterThan(0);
  expect(serverChecks.map((r) => r.headers.authorization)).toEqual(serverChecks.map(() => `Bearer ${session.access_token}`));
  await expectNoSeriousA11yViolations(page, 'dashboard');
  await screenshot(page, 'dashboard');
});

test('a wrong password keeps the visitor on the sign-in form with a French error', async ({ page, standIn }) => {
  standIn.on({ method: 'POST', path: '/auth/v1/token' }, auth.error(400, 'invalid_credentials', 'Invalid login credentials'));

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('amina@demo.capitune.ca', 'pas-le-bon');

  await expect(login.error).toBeVisible();
  await expect(login.error).toContainText(/incorrect|invalide/i);
  await expect(page).toHaveURL((url) => url.pathname === LoginPage.path);
  expect(standIn.requests({ path: '/auth/v1/token' })).toHaveLength(1);
  await expectNoSeriousA11yViolations(page, 'login with error');
  await screenshot(page, 'login-error');
});

test('a signed-out visitor who opens the dashboard is sent to sign in', async ({ page, standIn }) => {
  await page.goto(DashboardPage.path);

  await new LoginPage(page).expectShown();
  await expect(page).toHaveURL((url) => url.pathname === LoginPage.path);
  expect(standIn.requests()).toEqual([]);
});

test('a candidate with a session in cookies opens the dashboard directly', async ({ page, signIn, standIn }) => {
  const candidate = amina();
  await signIn(candidate);
  serveDashboard(standIn, candidate);

  await new DashboardPage(page).goto();

  await expect(new DashboardPage(page).greeting).toContainText('Amina');
});

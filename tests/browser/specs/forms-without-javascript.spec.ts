// Every form that carries a secret or personal data, sent with JavaScript off — what a phone on a
// weak network does when the person taps before the page has hydrated. The browser must post it
// (a server action answers with a 303), so no field value ever reaches a URL, and the person gets
// a result: signed in, or a French sentence. The signed-in area streams its content, which only a
// script reveals, so its form is sent with the page's scripts never loading instead.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { changePasswordForm, consentForm, forgotPasswordForm, registerForm, resetPasswordForm, totpForm } from '../pages/auth-forms.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { auth, makeSession, makeUser, rest, type StandIn } from '../stand-in/index.ts';
import { FIXTURE_NOW, FIXTURE_NOW_MS } from '../support/clock.ts';
import { serveDashboard } from '../support/community-data.ts';
import { amina, serveViewer, sophie, type Person } from '../support/people.ts';

test.use({ javaScriptEnabled: false });

/** The page's own scripts (Next.js chunks) never arrive: it shows, but React never hydrates. */
async function withoutAppScripts(page: Page): Promise<void> {
  await page.route(/\/_next\/static\/.+\.js$/, (route) => route.abort());
}

/** The signed-in area's header names the member: the session cookies were set. */
async function expectSignedInAt(page: Page, path: string, person: Person): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole('banner').getByText(person.profile.full_name)).toBeVisible();
}

const NEW_PASSWORD = 'Nouveau-Passe-2027';

/** Every URL the browser asked for, redirects included. */
function watchUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** No value typed into the form may appear in any URL, the browser's or the server's calls to Supabase. */
function expectInNoUrl(browserUrls: string[], standIn: StandIn, values: string[]): void {
  const urls = [...browserUrls, ...standIn.requests().map((r) => `${r.path}${r.search}`)];
  for (const value of values) {
    const forms = new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]);
    expect(urls.filter((url) => [...forms].some((form) => url.includes(form))), `URLs holding “${value}”`).toEqual([]);
  }
}

test('sign-in posts, signs the member in on the server and lands on the dashboard', async ({ page, standIn }) => {
  const me = amina();
  standIn.on({ method: 'POST', path: '/auth/v1/token', query: { grant_type: 'password' } },
    auth.session(makeSession(me.user, { supabaseUrl: standIn.url, issuedAt: FIXTURE_NOW_MS })));
  serveViewer(standIn, me);
  serveDashboard(standIn, me);
  const urls = watchUrls(page);

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(me.email, me.password);

  await expectSignedInAt(page, DashboardPage.path, me);
  expect(standIn.requests({ path: '/auth/v1/token' })).toMatchObject([{ client: 'server', body: { email: me.email, password: me.password } }]);
  expectInNoUrl(urls, standIn, [me.email, me.password]);
});

test('a wrong password comes back as a French sentence, with nothing typed in the address', async ({ page, standIn }) => {
  const me = amina();
  standIn.on({ method: 'POST', path: '/auth/v1/token', query: { grant_type: 'password' } },
    auth.error(400, 'invalid_credentials', 'Invalid login credentials'));
  const urls = watchUrls(page);

  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(me.email, 'Pas-le-bon-2026');

  await expect(login.error).toHaveText('Adresse courriel ou mot de passe incorrect.');
  expect(new URL(page.url()).search).toBe('?erreur=invalid_credentials');
  expectInNoUrl(urls, standIn, [me.email, 'Pas-le-bon-2026']);
});

test('sign-up posts and says a confirmation link is on its way, without naming the address', async ({ page, standIn }) => {
  const email = 'awa.ndiaye@example.test';
  standIn.on({ method: 'POST', path: '/auth/v1/signup' }, auth.user(makeUser({ email, fullName: 'Awa Ndiaye', emailConfirmed: false })));
  const urls = watchUrls(page);

  await page.goto('/inscription');
  const form = registerForm(page);
  await form.field('Nom complet').fill('Awa Ndiaye');
  await form.field('Adresse courriel').fill(email);
  await form.field('Mot de passe').fill(NEW_PASSWORD);
  await form.field(/J.accepte les/).check();
  await form.submit.click();

  await expect(page.getByRole('status')).toContainText('un lien de confirmation vient');
  await expect(page.getByRole('status')).not.toContainText(email);
  expect(standIn.requests({ path: '/auth/v1/signup' })).toMatchObject([
    { client: 'server', body: { email, password: NEW_PASSWORD, data: { full_name: 'Awa Ndiaye' } } },
  ]);
  expectInNoUrl(urls, standIn, [email, NEW_PASSWORD, 'Awa Ndiaye']);
});

test('sign-up refused by Auth comes back as a French sentence', async ({ page, standIn }) => {
  standIn.on({ method: 'POST', path: '/auth/v1/signup' }, auth.error(422, 'weak_password', 'Password is too weak'));
  await page.goto('/inscription');
  const form = registerForm(page);
  await form.field('Nom complet').fill('Awa Ndiaye');
  await form.field('Adresse courriel').fill('awa.ndiaye@example.test');
  await form.field('Mot de passe').fill(NEW_PASSWORD);
  await form.field(/J.accepte les/).check();
  await form.submit.click();

  await expect(form.alert).toHaveText(/^Mot de passe trop faible/);
});

test('a forgotten password posts the address and says an email may follow', async ({ page, standIn }) => {
  const email = 'amina@demo.capitune.ca';
  standIn.on({ method: 'POST', path: '/auth/v1/recover' }, auth.empty());
  const urls = watchUrls(page);

  await page.goto('/mot-de-passe-oublie');
  const form = forgotPasswordForm(page);
  await form.field('Adresse courriel').fill(email);
  await form.submit.click();

  await expect(page.getByRole('status')).toContainText('Si un compte correspond à cette adresse');
  expect(standIn.requests({ path: '/auth/v1/recover' })).toMatchObject([{ client: 'server', body: { email } }]);
  expectInNoUrl(urls, standIn, [email]);
});

test('a new password after an emailed link posts and signs the member in', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'PUT', path: '/auth/v1/user' }, auth.user(me.user));
  serveDashboard(standIn, me);
  const urls = watchUrls(page);

  await page.goto('/auth/reset-password');
  const form = resetPasswordForm(page);
  await form.field('Nouveau mot de passe').fill(NEW_PASSWORD);
  await form.field('Confirmez le mot de passe').fill(NEW_PASSWORD);
  await form.submit.click();

  await expectSignedInAt(page, DashboardPage.path, me);
  expect(standIn.requests({ method: 'PUT', path: '/auth/v1/user' })).toMatchObject([{ client: 'server', body: { password: NEW_PASSWORD } }]);
  expectInNoUrl(urls, standIn, [NEW_PASSWORD]);
});

test.describe('with JavaScript on but the page’s scripts never loading', () => {
  test.use({ javaScriptEnabled: true });

  test('changing the password in the profile posts and says it is done', async ({ page, signIn, standIn }) => {
    const me = amina();
    await signIn(me);
    await withoutAppScripts(page);
    standIn.on({ method: 'PUT', path: '/auth/v1/user' }, auth.user(me.user));
    const urls = watchUrls(page);

    await page.goto('/profil');
    const form = changePasswordForm(page);
    await form.field('Nouveau mot de passe').fill(NEW_PASSWORD);
    await form.field('Confirmez le mot de passe').fill('Autre-Chose-2027');
    await form.submit.click();
    await expect(changePasswordForm(page).alert).toHaveText(/^Certains champs sont vides ou invalides/);
    expect(standIn.requests({ method: 'PUT', path: '/auth/v1/user' })).toEqual([]);

    await changePasswordForm(page).field('Nouveau mot de passe').fill(NEW_PASSWORD);
    await changePasswordForm(page).field('Confirmez le mot de passe').fill(NEW_PASSWORD);
    await changePasswordForm(page).submit.click();

    await expect(changePasswordForm(page).form.getByRole('status')).toHaveText('Mot de passe modifié.');
    expect(standIn.requests({ method: 'PUT', path: '/auth/v1/user' })).toMatchObject([{ client: 'server', body: { password: NEW_PASSWORD } }]);
    expectInNoUrl(urls, standIn, [NEW_PASSWORD, 'Autre-Chose-2027']);
  });
});

/** Sophie, whose account has a verified TOTP factor, signed in with her password only (aal1). */
function sophieWithFactor(): { person: Person; factorId: string } {
  const factorId = '88888888-8888-4888-8888-000000000001';
  const person = sophie();
  const factor = { id: factorId, friendly_name: 'Téléphone', factor_type: 'totp' as const, status: 'verified' as const, created_at: FIXTURE_NOW, updated_at: FIXTURE_NOW };
  return { person: { ...person, user: { ...person.user, factors: [factor] } }, factorId };
}

test('the second factor posts its code, and the session it returns opens the page asked for', async ({ page, signIn, standIn }) => {
  const { person, factorId } = sophieWithFactor();
  await signIn(person, { aal: 'aal1' });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/challenge` },
    { status: 200, body: { id: 'challenge-1', type: 'totp', expires_at: FIXTURE_NOW_MS / 1000 + 300 } });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/verify` },
    auth.session(makeSession(person.user, { supabaseUrl: standIn.url, aal: 'aal2', issuedAt: FIXTURE_NOW_MS })));
  const urls = watchUrls(page);

  await page.goto('/deux-facteurs?next=%2Fprofil');
  const form = totpForm(page);
  await form.field('Code de vérification').fill('123456');
  await form.submit.click();

  await expectSignedInAt(page, '/profil', person);
  expect(standIn.requests({ path: `/auth/v1/factors/${factorId}/verify` })).toMatchObject([
    { client: 'server', body: { challenge_id: 'challenge-1', code: '123456' } },
  ]);
  expectInNoUrl(urls, standIn, ['123456']);
});

test('a wrong second-factor code comes back as a French sentence', async ({ page, signIn, standIn }) => {
  const { person, factorId } = sophieWithFactor();
  await signIn(person, { aal: 'aal1' });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/challenge` },
    { status: 200, body: { id: 'challenge-1', type: 'totp', expires_at: FIXTURE_NOW_MS / 1000 + 300 } });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/verify` }, auth.error(422, 'mfa_verification_failed', 'Invalid TOTP code entered'));

  await page.goto('/deux-facteurs?next=%2Fprofil');
  await totpForm(page).field('Code de vérification').fill('654321');
  await totpForm(page).submit.click();

  await expect(totpForm(page).alert).toHaveText('Code incorrect. Vérifiez l’heure de votre téléphone et réessayez.');
});

test('consent posts and goes on to the page asked for', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${me.user.id}` } },
    rest.rows('accounts', [{ ...me.account, terms_accepted_at: null, terms_version: null }]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/accept_terms' }, { status: 204 });

  await page.goto('/consentement?next=%2Fconditions');
  await consentForm(page).submit.click();
  await expect(consentForm(page).alert).toHaveText(/^Certains champs sont vides ou invalides/);
  expect(standIn.requests({ path: '/rest/v1/rpc/accept_terms' })).toEqual([]);

  await consentForm(page).field(/J.ai lu et j.accepte/).check();
  await consentForm(page).submit.click();

  await expect(page).toHaveURL((url) => url.pathname === '/conditions');
  expect(standIn.requests({ path: '/rest/v1/rpc/accept_terms' })).toMatchObject([{ client: 'server' }]);
});

test('a page reached with credentials in its address answers a redirect without them and never shows them', async ({ page }) => {
  const response = await page.goto('/connexion?email=amina%40demo.capitune.ca&password=Secret-Pass-123&next=%2Fdossiers');

  const leaked = response!.request().redirectedFrom();
  expect(leaked?.url()).toContain('password=Secret-Pass-123');
  const answer = await leaked!.response();
  expect(answer?.status()).toBe(303);
  expect(answer?.headers()['referrer-policy']).toBe('no-referrer');
  expect(page.url()).toMatch(/\/connexion\?next=%2Fdossiers$/);
  await new LoginPage(page).expectShown();
  expect(await page.content()).not.toContain('Secret-Pass-123');
  expect(await page.content()).not.toContain('amina@demo.capitune.ca');
});

import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { serveDashboard } from '../support/community-data.ts';
import { amina } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

test.describe('a visitor whose browser prefers English', () => {
  // Playwright sends the context's locale as Accept-Language (en-CA), as Chromium does.
  test.use({ locale: 'en-CA' });

  test('sees the sign-in page in English, its form errors too, and can switch to French', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
    await expect(page).toHaveTitle('Sign in · CAPITUNE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(login.submit).toHaveText('Sign in');
    await expect(page.getByLabel('Email address')).toBeVisible();
    await login.submit.click();
    await expect(login.form.getByText('Enter your email address.')).toBeVisible();
    await expect(login.form.getByText('Enter your password.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sign-in in English');

    await page.getByTestId('language-switch').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page).toHaveURL((url) => url.pathname === LoginPage.path);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'capitune-locale')?.value).toBe('fr-CA');
  });
});

test('a member switches to English in the app: the page and a reload stay English, and accounts.locale is saved', async ({ page, standIn, signIn }) => {
  const member = amina();
  await signIn(member);
  serveDashboard(standIn, member);
  // accounts as the database keeps it: the PATCH changes what the next reads return.
  let locale = member.account.locale;
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${member.user.id}` } },
    () => rest.rows('accounts', [{ ...member.account, locale }]));
  standIn.on({ method: 'PATCH', path: '/rest/v1/accounts', query: { user_id: `eq.${member.user.id}` } }, (request) => {
    locale = (request.body as { locale: typeof locale }).locale;
    return json(null, 204);
  });
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.greeting).toHaveText('Bonjour Amina');
  await expect(dashboard.sidebar.getByRole('link', { name: 'Mes dossiers' })).toBeVisible();

  await page.getByTestId('language-switch').click();

  await expect(dashboard.greeting).toHaveText('Hello Amina');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(dashboard.sidebar.getByRole('link', { name: 'My applications' })).toBeVisible();
  await expect(dashboard.section('posts')).toContainText('The community is waiting for its first question.');
  const [patch, ...others] = standIn.requests({ method: 'PATCH', path: '/rest/v1/accounts' });
  expect(others).toEqual([]);
  expect(patch).toMatchObject({ client: 'server', query: { user_id: `eq.${member.user.id}` }, body: { locale: 'en-CA' } });
  await expectNoSeriousA11yViolations(page, 'dashboard in English');
  await screenshot(page, 'dashboard-english');

  await page.reload();
  await expect(dashboard.greeting).toHaveText('Hello Amina');
  await expect(page).toHaveTitle('Home · CAPITUNE');
  await expect(page.getByTestId('language-switch')).toHaveText('Français');
});

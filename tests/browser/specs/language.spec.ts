import { expect, test } from '../fixtures.ts';
import { AdminPage } from '../pages/admin-page.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { InsidePage } from '../pages/inside-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { NotificationsPage } from '../pages/notifications-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { serveAdminReads } from '../support/admin-data.ts';
import { feedRow, listOf, notificationRow, serveDashboard } from '../support/community-data.ts';
import { amina, claire, type Person } from '../support/people.ts';
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
  // No application yet: no « No unread messages. » above the invitation to start one.
  await expect(dashboard.section('dossiers')).toContainText('You do not have an application yet.');
  await expect(dashboard.unreadMessages).toHaveCount(0);
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

/** Someone whose account says English (accounts.locale, read by the signed-in layout). */
const inEnglish = (person: Person): Person => ({ ...person, account: { ...person.account, locale: 'en-CA' } });

// Each check names English words the French screen does not have: French would fail it.
test('an English member sees Inside and the notifications list in English', async ({ page, standIn, signIn }) => {
  const me = inEnglish(amina());
  await signIn(me);
  const POST = '10000000-0000-4000-8000-0000000000cc';
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/inside_feed' }, rest.rpc('inside_feed', [feedRow(POST, { pinned: true, comment_count: 2 })]));

  const inside = new InsidePage(page);
  await inside.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.getByText('The CAPITUNE community: questions, tips and first-hand experience.')).toBeVisible();
  await expect(inside.newPost).toHaveText('New post');
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Search the posts')).toBeVisible();
  await expect(inside.searchSubmit).toHaveText('Search');
  const post = inside.post(POST);
  await expect(post.root).toContainText('Pinned');
  await expect(post.root).toContainText('Quebec');
  await expect(post.like).toContainText('Like');
  await expect(post.root.getByTestId('post-comments-link')).toHaveAccessibleName('2 comments on “Biométrie à Montréal”');
  await expect(post.report).toHaveAccessibleName('Report “Biométrie à Montréal”');
  await expectNoSeriousA11yViolations(page, 'Inside in English');
  await screenshot(page, 'inside-english');

  // The database writes each title in the reader's language (private.member_text, community chapter).
  const rows = [
    notificationRow('77777777-7777-4777-8777-0000000000e1', me, { title: 'Karim Haddad replied to your post' }),
    notificationRow('77777777-7777-4777-8777-0000000000e2', me, {
      title: 'Sophie Tremblay replied to your post', body: 'Bonne chance pour la suite…', read_at: '2026-11-21T10:00:00.000+00:00',
    }),
  ];
  standIn.on({ method: 'GET', path: '/rest/v1/notifications', query: { user_id: `eq.${me.user.id}` } }, listOf(rows));
  standIn.on({ method: 'HEAD', path: '/rest/v1/notifications' }, rest.rows('notifications', [], 1));
  const notifications = new NotificationsPage(page);
  await notifications.goto();
  await expect(page.getByText('What happened in your applications, your Live sessions and Inside.')).toBeVisible();
  await expect(notifications.unreadSummary).toHaveText('1 unread');
  await expect(page.getByText(/a répondu/)).toHaveCount(0);
  await expect(notifications.markAllRead).toHaveText('Mark all as read');
  const unread = notifications.item(rows[0]!.id);
  await expect(unread).toHaveAccessibleName(`Unread: ${rows[0]!.title}`);
  // Chromium puts a space before the visually hidden part of a name (« Mark as read : … »).
  await expect(unread.getByTestId('notification-mark-read')).toHaveAccessibleName(`Mark as read : ${rows[0]!.title}`);
  await expect(notifications.item(rows[1]!.id).getByTestId('notification-delete')).toHaveAccessibleName(`Delete : ${rows[1]!.title}`);
  await expectNoSeriousA11yViolations(page, 'notifications in English');
  await screenshot(page, 'notifications-english');
});

test('an English admin sees the admin pages in English, dates and counts included', async ({ page, standIn, signIn }) => {
  await signIn(inEnglish(claire()), { aal: 'aal2' });
  serveAdminReads(standIn);

  const dashboard = new AdminPage(page, '/admin');
  await dashboard.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(dashboard.title).toHaveText('Dashboard');
  await expect(dashboard.nav('dossiers')).toHaveText('Applications');
  await expect(page.getByTestId('analytics-totals')).toContainText('Median time to decision');
  await expect(page.getByTestId('chart-users').getByRole('heading', { level: 2 })).toHaveText('Members by role');
  await expect(page.getByTestId('chart-weekly')).toContainText('Week of');
  await expectNoSeriousA11yViolations(page, 'admin dashboard in English');
  await screenshot(page, 'admin-dashboard-english');

  const users = new AdminPage(page, '/admin/membres');
  await users.goto();
  await expect(users.title).toHaveText('Members');
  await expect(page.getByLabel('Find a member')).toBeVisible();
  await expect(page.getByTestId('users-table').getByRole('columnheader', { name: 'Last sign-in' })).toBeVisible();

  const events = new AdminPage(page, '/admin/evenements');
  await events.goto();
  await expect(events.title).toHaveText('Live sessions');
  await expect(page.getByTestId('events-filter').locator('option:checked')).toHaveText('All Live sessions');
  // en-CA dates, not « 3 déc. 2026 »: the first event starts 2026-12-03 23:00 UTC, Dec 3 in Toronto.
  await expect(page.getByTestId('event-row').first()).toContainText(/Dec\.?\s3, 2026/);
  await expect(page.getByTestId('event-row').filter({ hasText: 'Parrainage' })).toContainText('Cancelled');

  const dossiers = new AdminPage(page, '/admin/dossiers');
  await dossiers.goto();
  await expect(dossiers.title).toHaveText('Assigning applications');
  await expect(page.getByTestId('dossiers-filter').locator('option:checked')).toHaveText('Without a consultant');
  await expect(page.getByTestId('dossiers-count')).toHaveText('1 application');

  const moderation = new AdminPage(page, '/admin/moderation');
  await moderation.goto();
  await expect(moderation.title).toHaveText('Moderation');
  await expect(page.getByTestId('moderation-count')).toHaveText('2 reported items to review, oldest first.');
  await expect(page.getByTestId('moderation-keep').first()).toHaveText('Keep');
  await expect(page.getByRole('heading', { name: 'Muted members' })).toBeVisible();

  const audit = new AdminPage(page, '/admin/journal');
  await audit.goto();
  await expect(audit.title).toHaveText('Audit log');
  await expect(page.getByTestId('audit-table')).toContainText('Account status changed');
  await expect(page.getByTestId('audit-table')).toContainText('suspended → active');
  await expectNoSeriousA11yViolations(page, 'admin audit log in English');
  await screenshot(page, 'admin-audit-english');
});

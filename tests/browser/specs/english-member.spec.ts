// Issue 18's must-show: a member who lives in Paris switches the app to English, registers for a
// webinar, and gets the confirmation email in English with the start in Paris time. The app's writes
// go to the stand-in, which keeps `accounts` as the database would; the email is what send-emails'
// templates write (in Deno) from the outbox payload the database queues for that account.
import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { EventPage } from '../pages/live-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { eventRow, listOf, serveDashboard } from '../support/community-data.ts';
import { emailFor } from '../support/emails.ts';
import { amina } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const EVENT = '44444444-4444-4444-8444-0000000000e1';

// Her browser is in Paris too, so the page and the email agree on the hour.
test.use({ timezoneId: 'Europe/Paris' });

test('a member in Paris switches to English, registers, and gets an English email with the start in Paris time', async ({ page, standIn, signIn }) => {
  test.slow(); // Deno starts for the email (and fetches its npm: imports on a cold cache)
  const member = amina();
  member.account = { ...member.account, time_zone: 'Europe/Paris' };
  await signIn(member);
  serveDashboard(standIn, member);
  // accounts as the database keeps it: the PATCH changes what the next reads return.
  let account = member.account;
  standIn.on({ method: 'GET', path: '/rest/v1/accounts', query: { user_id: `eq.${member.user.id}` } },
    () => rest.rows('accounts', [account]));
  standIn.on({ method: 'PATCH', path: '/rest/v1/accounts', query: { user_id: `eq.${member.user.id}` } }, (request) => {
    account = { ...account, ...(request.body as Partial<typeof account>) };
    return json(null, 204);
  });
  const event = eventRow(EVENT); // 2 December 2026, 19:00 in Toronto: 01:00 on the 3rd in Paris
  let registered = false;
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT}` } }, () => listOf([event]));
  standIn.on({ method: 'GET', path: '/rest/v1/event_registrations', query: { event_id: `eq.${EVENT}`, user_id: `eq.${member.user.id}` } },
    () => listOf(registered ? [{ event_id: EVENT, status: 'registered' }] : []));
  standIn.on({ method: 'GET', path: '/rest/v1/event_join_links', query: { event_id: `eq.${EVENT}` } }, () => listOf([]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/register_for_event' }, () => {
    registered = true;
    return rest.rpc('register_for_event', { id: 7, event_id: EVENT, user_id: member.user.id, status: 'registered', promoted_at: null, created_at: FIXTURE_NOW });
  });

  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.greeting).toHaveText('Bonjour Amina');
  await page.getByTestId('language-switch').click();
  await expect(dashboard.greeting).toHaveText('Hello Amina');
  expect(account.locale).toBe('en-CA');

  const live = new EventPage(page, EVENT);
  await live.goto();
  await expect(live.when).toContainText('Thu, Dec 3, 1 a.m.');
  await live.register.click();
  await expect(live.unregister).toBeVisible();
  const [registration] = standIn.requests({ path: '/rest/v1/rpc/register_for_event' });
  expect(registration).toMatchObject({ method: 'POST', body: { event_id: EVENT } });

  // What private.notify() queues for event_registered, with the reader's language and zone.
  const email = emailFor('event_registered', {
    event_id: EVENT, event_title: event.title, starts_at: event.starts_at, link: EventPage.path(EVENT),
    locale: account.locale, time_zone: account.time_zone,
  }, member.profile.full_name);
  expect(email.subject).toBe(`Registration confirmed: ${event.title}`);
  expect(email.text).toContain('See you on Thursday, December 3, 2026 at 1:00 a.m. (Paris Time).');
  expect(email.text).not.toMatch(/Bonjour|Rendez-vous|heure/);

  // The email as she opens it.
  await page.setContent(email.html);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Hello Amina Diallo,')).toBeVisible();
  await expect(page.getByText('See you on Thursday, December 3, 2026 at 1:00 a.m. (Paris Time).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'View the event' })).toHaveAttribute('href', `https://app.capitune.ca/live/${EVENT}`);
  await expectNoSeriousA11yViolations(page, 'English registration email');
  await screenshot(page, 'email-english-paris');
});

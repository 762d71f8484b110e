// Issue 18's must-show: a member who lives in Paris switches the app to English, registers for a
// webinar, and gets the confirmation email in English with the start in Paris time. The app's writes
// go to the stand-in, which keeps `accounts` as the database would; the email is what send-emails'
// templates write (in Deno) from the outbox payload the database queues for that account.
import { expectedLocalTime } from '../../support/member-local-time.ts';
import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { checklist, DOSSIER_ID, dossierRow, rows, serveDossierPage, type HistoryRow } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { DossierListPage } from '../pages/dossier-list-page.ts';
import { EventPage } from '../pages/live-page.ts';
import { json, rest } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { FIXTURE_NOW } from '../support/clock.ts';
import { eventRow, listOf, serveDashboard } from '../support/community-data.ts';
import { emailFor } from '../support/emails.ts';
import { amina, sophie } from '../support/people.ts';
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
  // The zone's name is the one her email and notifications give it.
  await expect(live.when).toContainText('(Central European Time)');
  await live.register.click();
  await expect(live.unregister).toBeVisible();
  const [registration] = standIn.requests({ path: '/rest/v1/rpc/register_for_event' });
  expect(registration).toMatchObject({ method: 'POST', body: { event_id: EVENT } });

  // What private.notify() queues for event_registered, with the reader's language and zone, and the
  // start as private.member_local_time writes it (the tests' copy, held to the database's by
  // tests/database/times-follow-each-members-zone-and-language.test.ts).
  const email = emailFor('event_registered', {
    event_id: EVENT, event_title: event.title, link: EventPage.path(EVENT), locale: account.locale,
    time_zone: account.time_zone, starts_at_text: expectedLocalTime(new Date(event.starts_at), account.time_zone, 'en'),
  }, member.profile.full_name);
  expect(email.subject).toBe(`Registration confirmed: ${event.title}`);
  expect(email.text).toContain('See you on Thursday, December 3, 2026, 1:00 AM (Central European Time).');
  expect(email.text).not.toMatch(/Bonjour|Rendez-vous|heure/);

  // The email as she opens it.
  await page.setContent(email.html);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Hello Amina Diallo,')).toBeVisible();
  await expect(page.getByText('See you on Thursday, December 3, 2026, 1:00 AM (Central European Time).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'View the Live session' })).toHaveAttribute('href', `https://app.capitune.ca/live/${EVENT}`);
  await expectNoSeriousA11yViolations(page, 'English registration email');
  await screenshot(page, 'email-english-paris');
});

// Each check names English words the French screens do not have (« Résumé », « professionnel »…): French would fail it.
test('an English member opens their applications and reads one in English, the consultant named as such', async ({ page, standIn, signIn }) => {
  const member = amina();
  member.account = { ...member.account, locale: 'en-CA' };
  await signIn(member);
  const consultant = sophie();
  const updated_at = '2026-11-20T14:00:00.000+00:00';
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { candidate_id: `eq.${member.user.id}` } }, rows([
    { id: DOSSIER_ID, title: 'Résidence permanente', program_type: 'express_entry', status: 'in_review', created_at: updated_at, updated_at, candidate_unread_count: 2 },
  ]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/my_next_steps' }, rows([]));
  const by = (person: typeof member, role: 'candidate' | 'pro') => ({ full_name: person.profile.full_name, role });
  const history: HistoryRow[] = [
    { id: 1, from_status: null, to_status: 'draft', note: null, created_at: '2026-10-01T14:00:00.000+00:00', author: by(member, 'candidate') },
    { id: 2, from_status: 'draft', to_status: 'submitted', note: null, created_at: '2026-10-10T14:00:00.000+00:00', author: by(member, 'candidate') },
    { id: 3, from_status: 'submitted', to_status: 'in_review', note: null, created_at: '2026-10-12T14:00:00.000+00:00', author: by(consultant, 'pro') },
  ];
  serveDossierPage(standIn, {
    dossier: dossierRow(member, consultant, { title: 'Résidence permanente', updated_at }),
    viewer: member,
    history,
    checklist: checklist({ passport: 'approved', language_test: 'pending' }),
    readiness: 25,
  });

  const list = new DossierListPage(page);
  await list.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page).toHaveTitle(/^My applications/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My applications');
  await expect(page.getByText('Your applications, their documents and your messages with your consultant.')).toBeVisible();
  await expect(list.newDossier).toHaveText('New application');
  const card = list.card('Résidence permanente');
  await expect(card).toContainText('Express Entry · updated November 20, 2026');
  await expect(card.getByTestId('dossier-unread')).toHaveText('2 unread messages');
  await expect(card.getByTestId('dossier-status')).toHaveText('In review');
  await screenshot(page, 'dossiers-list-english');

  await card.getByRole('link').click();
  const detail = new DossierDetailPage(page);
  await expect(detail.title).toHaveText('Résidence permanente');
  await expect(page).toHaveTitle(/^Application/);
  await expect(page.getByRole('link', { name: 'My applications' }).first()).toHaveAttribute('href', '/dossiers');
  await expect(page.getByRole('tablist', { name: 'Application sections' })).toBeVisible();
  await expect(detail.tab('apercu')).toHaveText('Overview');
  const summary = page.locator('dl').filter({ hasText: 'Program' });
  await expect(summary.locator('dt')).toHaveText(['Program', 'Applicant', 'Consultant', 'Created', 'Submitted']);
  await expect(summary.locator('dd').first()).toHaveText('Express Entry');
  await expect(summary.locator('dd').nth(2)).toHaveText('Sophie Tremblay');
  await expect(page.getByRole('heading', { name: 'Application history' })).toBeVisible();
  await expect(detail.timeline).toHaveText([
    /Draft.*\(application created\).*Application created by Amina Diallo \(applicant\)/,
    /Submitted.*\(before: Draft\).*By Amina Diallo \(applicant\)/,
    /In review.*\(before: Submitted\).*By Sophie Tremblay \(consultant\)/,
  ]);
  await expect(page.getByRole('heading', { name: 'Checklist' })).toBeVisible();
  await expect(detail.readiness).toHaveText('25%');
  await expect(page.getByText('Application complete')).toBeVisible();
  await expect(detail.missing).toContainText('ID photo');
  await expect(page.getByTestId('checklist-item').filter({ hasText: 'Passport' })).toContainText('Approved');
  await expectNoSeriousA11yViolations(page, 'English application');
  await screenshot(page, 'dossier-overview-english');
});

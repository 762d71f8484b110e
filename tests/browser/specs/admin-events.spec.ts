import { readFileSync } from 'node:fs';
import { json, rest } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { AdminEventFormPage, AdminEventPage, AdminEventsPage } from '../pages/admin-events-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { event, EVENT_ID, serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot, VIEWPORTS } from '../support/screenshots.ts';

test.beforeEach(async ({ standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
});

test('an admin creates an event with its join link', async ({ page, standIn }) => {
  const events = new AdminEventsPage(page);
  await events.goto();
  await expect(events.rows).toHaveCount(2);
  await expect(events.rows.filter({ hasText: 'Parrainage : questions fréquentes' })).toContainText('Annulé');
  // Its waiting list means it is full: every seat taken.
  await expect(events.rows.filter({ hasText: event.title })).toContainText(/2\s*\/\s*2\s*1 en attente/);
  await expectNoSeriousA11yViolations(page, 'admin events');
  await screenshot(page, 'admin-events');

  await events.newEvent.click();
  const form = new AdminEventFormPage(page);
  await form.expectShown();
  await form.submit.click();
  await expect(page.getByText('Indiquez un titre.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin new event with errors');
  // Focusing the first invalid field scrolled the page: a full-page picture would show the sticky
  // header over the form, where it never is for the reader at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'admin-event-new');
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/events' })).toEqual([]);

  standIn.on({ method: 'POST', path: '/rest/v1/events' }, json({ id: EVENT_ID }, 201));
  standIn.on({ method: 'POST', path: '/rest/v1/event_join_links' }, rest.written('event_join_links', null));
  await form.field('title').fill('Entrée express : les étapes');
  await form.field('description').fill('Questions et réponses avec une consultante.');
  await form.field('starts-at').fill('2026-12-03T18:00');
  await form.field('ends-at').fill('2026-12-03T19:30');
  await form.field('capacity').fill('80');
  await form.field('join-url').fill('https://meet.example.com/entree-express');
  await form.submit.click();

  await new AdminEventPage(page, EVENT_ID).expectShown();
  await expect(page.getByText('Live créé.')).toBeVisible();
  const [insert] = standIn.requests({ method: 'POST', path: '/rest/v1/events' });
  // The form's local time (America/Toronto in these tests) is stored as an instant.
  expect(insert!.body).toEqual({
    title: 'Entrée express : les étapes', description: 'Questions et réponses avec une consultante.',
    starts_at: '2026-12-03T23:00:00.000Z', ends_at: '2026-12-04T00:30:00.000Z', capacity: 80, replay_url: null,
  });
  const [link] = standIn.requests({ method: 'POST', path: '/rest/v1/event_join_links' });
  expect(link!.body).toEqual({ event_id: EVENT_ID, join_url: 'https://meet.example.com/entree-express' });
});

test('an admin exports the attendees as a CSV file Excel reads, formulas neutralised', async ({ page }) => {
  const detail = new AdminEventPage(page, EVENT_ID);
  await detail.goto();
  await expect(detail.attendees).toHaveCount(3);
  await expect(detail.field('join-url')).toHaveValue('https://meet.example.com/entree-express');
  await expectNoSeriousA11yViolations(page, 'admin event');
  // On a phone each attendee is a card: a long name wraps inside it instead of pushing it sideways.
  await page.setViewportSize(VIEWPORTS.mobile);
  const region = page.getByRole('region', { name: 'Participants du Live', exact: true });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  await page.setViewportSize(VIEWPORTS.desktop);
  await screenshot(page, 'admin-event');

  const [download] = await Promise.all([page.waitForEvent('download'), detail.exportCsv.click()]);

  expect(download.suggestedFilename()).toBe('participants-entree-express-les-etapes-2026-12-03.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Nom,Courriel,Statut,Position en liste d’attente,Inscrit le');
  expect(lines[1]).toBe('Amina Diallo,amina@demo.capitune.ca,Inscrit,,2026-11-10 10:00');
  expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil.example"",""Lucas"")",lucas@demo.capitune.ca,Inscrit,,2026-11-11 10:00`);
  expect(lines[3]).toBe('"Martin, Zoé",zoe@demo.capitune.ca,Liste d’attente,1,2026-11-12 10:00');
  expect(lines[4]).toBe('');
});

test('an admin edits an event; only the changed fields are sent, the join link untouched', async ({ page, standIn }) => {
  standIn.on({ method: 'PATCH', path: '/rest/v1/events', query: { id: `eq.${EVENT_ID}` } }, json({ id: EVENT_ID }));
  const detail = new AdminEventPage(page, EVENT_ID);
  await detail.goto();
  await expect(detail.submit).toBeDisabled();

  await detail.field('capacity').fill('60');
  await detail.submit.click();

  await expect(page.getByText('Live enregistré.')).toBeVisible();
  const [update] = standIn.requests({ method: 'PATCH', path: '/rest/v1/events' });
  expect(update!.body).toMatchObject({ title: event.title, capacity: 60, starts_at: '2026-12-03T23:00:00.000Z' });
  expect(standIn.requests({ path: '/rest/v1/event_join_links' }).filter((r) => r.method !== 'GET')).toEqual([]);
});

test('an admin cancels an event only with a reason and after confirming', async ({ page, standIn }) => {
  const cancelled = { ...event, status: 'cancelled' as const, cancellation_reason: 'Conférencière malade' };
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/cancel_event' }, rest.rpc('cancel_event', cancelled));
  const detail = new AdminEventPage(page, EVENT_ID);
  await detail.goto();

  await detail.cancel.click();
  const dialog = detail.cancelDialog;
  await expect(dialog.root).toContainText('3 personnes inscrites ou en attente recevront le motif.');
  await expect(dialog.reason).toBeFocused();
  await dialog.confirm.click();
  await expect(dialog.root.getByText('Indiquez le motif de l’annulation.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin event: cancel confirmation');
  await screenshot(page, 'admin-event-cancel-dialog');
  expect(standIn.requests({ path: '/rest/v1/rpc/cancel_event' })).toEqual([]);

  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT_ID}` } }, rest.rows('events', [cancelled]));
  await dialog.reason.fill('Conférencière malade');
  await dialog.confirm.click();

  await expect(page.getByTestId('event-cancelled')).toContainText('Conférencière malade');
  await expect(detail.cancel).toHaveCount(0);
  const [call] = standIn.requests({ path: '/rest/v1/rpc/cancel_event' });
  expect(call!.body).toEqual({ event_id: EVENT_ID, reason: 'Conférencière malade' });
});

test('an event that has ended offers no cancellation (the database refuses it too)', async ({ page, standIn }) => {
  // Ended before FIXTURE_NOW, not yet marked completed by the scheduler.
  const ended = { ...event, starts_at: '2026-11-20T23:00:00Z', ends_at: '2026-11-21T00:30:00Z' };
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { id: `eq.${EVENT_ID}` } }, rest.rows('events', [ended]));
  const detail = new AdminEventPage(page, EVENT_ID);
  await detail.goto();

  await expect(page.getByTestId('event-editor')).toContainText('Passé');
  await expect(detail.attendees).toHaveCount(3);
  await expect(detail.cancel).toHaveCount(0);
  expect(standIn.requests({ path: '/rest/v1/rpc/cancel_event' })).toEqual([]);
});

// What the pages promise, kept (issue 18, item 4). The suspension email and the completion of ended
// events are the database's (tests/database/suspended-members-are-told-by-email and
// events-complete-after-they-end); here, what a visitor and an admin read and choose.
import { expect, test } from '../fixtures.ts';
import { AdminEventsPage } from '../pages/admin-events-page.ts';
import { rest } from '../stand-in/index.ts';
import { event, serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';

failOnPageErrors(test);

test('the privacy notice no longer promises a self-service export to a suspended member, and says whom to ask', async ({ page }) => {
  await page.goto('/confidentialite');
  const access = page.getByRole('listitem').filter({ hasText: 'Accès et portabilité' });
  await expect(access).toContainText('depuis votre profil, vous téléchargez l’ensemble de vos données');
  await expect(access).toContainText('Un compte suspendu ne peut plus se connecter : écrivez alors au responsable ci-dessus, qui vous les transmet dans les 30 jours.');
  await expect(access).not.toContainText('même si votre compte est suspendu');

  // The page a suspended member lands on says the same, and points to the email they were sent.
  await page.goto('/compte-suspendu');
  await expect(page.getByText("répondez au courriel de l’équipe CAPITUNE qui vous l’a annoncée")).toBeVisible();
  await expect(page.getByRole('link', { name: 'vie-privee@capitune.ca' })).toHaveAttribute('href', 'mailto:vie-privee@capitune.ca');
});

test('the admin’s « Terminés » and « Programmés » filters ask the database for that status', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  const past = { ...event, id: '44444444-4444-4444-8444-000000000009', title: 'Bilan 2026', starts_at: '2026-11-20T23:00:00Z', ends_at: '2026-11-21T00:00:00Z', status: 'completed' as const };
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { status: 'eq.completed' } }, rest.rows('events', [past], 1));
  standIn.on({ method: 'GET', path: '/rest/v1/events', query: { status: 'eq.scheduled' } }, rest.rows('events', [event], 1));

  const events = new AdminEventsPage(page);
  await events.goto();
  await expect(events.rows).toHaveCount(2);
  await page.getByTestId('events-filter').selectOption({ label: 'Terminés' });
  await expect(events.rows).toHaveCount(1);
  await expect(events.rows.first()).toContainText('Bilan 2026');
  await expect(events.rows.first()).toContainText('Terminé');
  await page.getByTestId('events-filter').selectOption({ label: 'Programmés' });
  await expect(events.rows).toHaveCount(1);
  await expect(events.rows.first()).toContainText('Entrée express : les étapes');
  const statuses = standIn.requests({ method: 'GET', path: '/rest/v1/events', query: { order: /^starts_at\.desc/ } }).map((r) => r.query.status);
  expect(statuses).toEqual([undefined, 'eq.completed', 'eq.scheduled']);
});

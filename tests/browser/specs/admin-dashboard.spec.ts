import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { AdminDashboardPage } from '../pages/admin-dashboard-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot, VIEWPORTS } from '../support/screenshots.ts';

test('an admin reads the dashboard: totals, SVG charts with titles, and the same figures as tables', async ({ page, standIn, signIn }) => {
  const session = await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  const dashboard = new AdminDashboardPage(page);

  await dashboard.goto();

  await expect(dashboard.nav('analytics')).toHaveAttribute('aria-current', 'page');
  // The counts are those of the lists the other admin screens show (support/admin-data.ts).
  await expect(dashboard.totals).toContainText(/Membres\s*4\s*0 compte suspendu/);
  await expect(dashboard.totals).toContainText(/Dossiers\s*2\s*0 document/);
  for (const name of ['Membres par rôle', 'Dossiers par statut', 'Remplissage des Live'] as const) {
    await expect(page.getByRole('img', { name })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /^Publications — 32$/ })).toBeVisible();
  await expect(dashboard.chart('users').getByRole('table')).toBeHidden();
  await dashboard.dataTable('users').getByText('Voir les données en tableau').click();
  await expect(dashboard.chart('users').getByRole('row', { name: 'Candidats 2 0 2' })).toBeVisible();
  // On a phone the table fits its card: its last column (« Total ») is not cut off.
  await page.setViewportSize(VIEWPORTS.mobile);
  const sideways = (table: Locator) => table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth);
  expect(await sideways(dashboard.chart('users').getByRole('table'))).toBe(0);
  await page.setViewportSize(VIEWPORTS.desktop);
  // The event that has a waiting list is full (admin-data.ts), as the fill chart says.
  await expect(dashboard.chart('events')).toContainText('1 Live, dont 1 complet.');
  await expect(dashboard.chart('events')).toContainText(/2\s*\/\s*2 \(100\s%\) · 1 en attente/);

  const calls = standIn.requests({ path: '/functions/v1/admin-analytics' });
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ method: 'GET', client: 'browser' });
  expect(calls[0]!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  await expectNoSeriousA11yViolations(page, 'admin dashboard');
  await screenshot(page, 'admin-dashboard');
});

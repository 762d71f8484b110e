import { expect, test } from '../fixtures.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { EVENT_ID } from '../support/admin-data.ts';
import { amina } from '../support/people.ts';

const ADMIN_PATHS = ['/admin', '/admin/membres', '/admin/evenements', `/admin/evenements/${EVENT_ID}`, '/admin/dossiers', '/admin/moderation', '/admin/journal'];

test.describe('who may open the admin area', () => {
  // The dashboard they land on reads its own data; what matters here is what the admin screens never asked for.
  test.use({ unmatchedRequests: 'allow' });

  test('a candidate who opens an admin URL is sent back to their dashboard, and no admin data is asked for', async ({ page, standIn, signIn }) => {
    await signIn(amina());
    for (const path of ADMIN_PATHS) {
      await page.goto(path);
      await new DashboardPage(page).expectShown();
      await expect(page).toHaveURL((url) => url.searchParams.get('acces') === 'refuse');
      await expect(page.getByText('Cette section est réservée à un autre rôle que le vôtre.')).toBeVisible();
    }
    await expect(new DashboardPage(page).sidebar.getByRole('link', { name: 'Administration' })).toHaveCount(0);
    expect(standIn.requests({ path: /^\/functions\/v1\// })).toEqual([]);
    expect(standIn.requests({ path: /^\/rest\/v1\/(audit_log|reports|rpc\/event_attendees)/ })).toEqual([]);
  });

  test('a visitor without a session who opens an admin URL is asked to sign in first', async ({ page, standIn }) => {
    await page.goto('/admin/membres');
    await new LoginPage(page).expectShown();
    await expect(page).toHaveURL((url) => url.searchParams.get('next') === '/admin/membres');
    expect(standIn.requests()).toEqual([]);
  });
});

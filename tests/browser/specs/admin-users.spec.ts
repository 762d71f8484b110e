import type { Locator } from '@playwright/test';
import { functions } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { AdminUsersPage } from '../pages/admin-users-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { lucas, serveAdminReads, userPage, users } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot, VIEWPORTS } from '../support/screenshots.ts';

test('an admin suspends a member only after confirming, through the admin-users function', async ({ page, standIn, signIn }) => {
  const session = await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'POST', path: '/functions/v1/admin-users' }, functions.json({ user_id: lucas.id, status: 'suspended', banned: true }));
  const members = new AdminUsersPage(page);

  await members.goto();
  await expect(members.count).toHaveText('4 membres');
  await expect(members.status('Lucas Martin')).toHaveText('Actif');
  const [list] = standIn.requests({ method: 'GET', path: '/functions/v1/admin-users' });
  expect(list).toMatchObject({ client: 'browser', query: { page: '1', page_size: '20' } });
  expect(list!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  await expectNoSeriousA11yViolations(page, 'admin users');
  await screenshot(page, 'admin-users');

  // Backing out sends nothing.
  await members.suspend('Lucas Martin').click();
  await expect(members.suspendDialog.root).toContainText('Suspendre Lucas Martin ?');
  await expect(members.suspendDialog.cancel).toBeFocused();
  await members.suspendDialog.cancel.click();
  await expect(members.suspendDialog.root).toBeHidden();
  await expect(members.suspend('Lucas Martin')).toBeFocused();
  expect(standIn.requests({ method: 'POST', path: '/functions/v1/admin-users' })).toEqual([]);

  await members.suspend('Lucas Martin').click();
  await expectNoSeriousA11yViolations(page, 'admin users: suspend confirmation');
  await screenshot(page, 'admin-users-suspend-dialog');
  standIn.on({ method: 'GET', path: '/functions/v1/admin-users' }, userPage(users.map((u) => (u.id === lucas.id ? { ...u, status: 'suspended' as const } : u))));
  await members.suspendDialog.confirm.click();

  await expect(members.suspendDialog.root).toBeHidden();
  await expect(page.getByText('Compte suspendu : Lucas Martin.')).toBeVisible();
  await expect(members.status('Lucas Martin')).toHaveText('Suspendu');
  await expect(members.activate('Lucas Martin')).toBeVisible();
  const actions = standIn.requests({ method: 'POST', path: '/functions/v1/admin-users' });
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ client: 'browser', body: { action: 'suspend', user_id: lucas.id } });
  expect(actions[0]!.headers.authorization).toBe(`Bearer ${session.access_token}`);
});

test('an admin searches members by name; the search goes to admin-users', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'GET', path: '/functions/v1/admin-users', query: { search: 'lucas' } }, userPage([lucas]));
  const members = new AdminUsersPage(page);
  await members.goto();

  await members.searchFor('lucas');

  await expect(members.count).toHaveText('1 membre pour « lucas »');
  await expect(page.getByTestId('user-row')).toHaveCount(1);
  expect(standIn.requests({ method: 'GET', path: '/functions/v1/admin-users', query: { search: 'lucas' } })).toHaveLength(1);
});

test('a refusal from admin-users is shown in French and changes nothing', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'POST', path: '/functions/v1/admin-users' },
    functions.error(502, 'auth_update_failed', 'Supabase Auth n’a pas pu mettre à jour le compte ; rien n’a été modifié.'));
  const members = new AdminUsersPage(page);
  await members.goto();

  await members.suspend('Lucas Martin').click();
  await members.suspendDialog.confirm.click();

  await expect(page.getByRole('alert').filter({ hasText: 'rien n’a été modifié' })).toBeVisible();
  await expect(members.suspendDialog.root).toBeVisible();
  await expect(members.status('Lucas Martin')).toHaveText('Actif');
});

test('on a phone each member is a card whose lines name their column, with nothing to scroll sideways', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  await page.setViewportSize(VIEWPORTS.mobile);
  const members = new AdminUsersPage(page);
  await members.goto();

  const table = page.getByRole('region', { name: 'Liste des membres' });
  await expect(members.status('Lucas Martin')).toHaveText('Actif');
  expect(await table.evaluate((region) => region.scrollWidth - region.clientWidth)).toBeLessThanOrEqual(0);
  const label = (cell: Locator) => cell.evaluate((element) => getComputedStyle(element, '::before').content);
  expect(await label(members.status('Lucas Martin'))).toBe('"Statut"');
  // The card fits the screen: the status sits under the member's name, the actions within reach.
  const [name, status] = await Promise.all([members.row('Lucas Martin').getByRole('rowheader').boundingBox(), members.status('Lucas Martin').boundingBox()]);
  expect(status!.y).toBeGreaterThan(name!.y + name!.height - 1);
  const suspend = await members.suspend('Lucas Martin').boundingBox();
  expect(suspend!.x + suspend!.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
  await expectNoSeriousA11yViolations(page, 'admin users on a phone');
});

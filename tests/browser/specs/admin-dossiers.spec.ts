import { json } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { AdminDossiersPage } from '../pages/admin-dossiers-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { DOSSIER_ID, dossiers, embedded, PRO_ID, serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

test('an admin assigns a pro to a dossier, and confirms before taking one from its pro', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/assign_dossier' }, json({ id: DOSSIER_ID }));
  const page_ = new AdminDossiersPage(page);
  await page_.goto();
  // « Sans professionnel », the first view, lists only dossiers no pro holds.
  await expect(page.getByTestId('dossier-row')).toHaveCount(1);
  await expect(page.getByTestId('dossier-current-pro')).toHaveText('Consultant : aucun');
  expect(standIn.requests({ method: 'GET', path: '/rest/v1/dossiers' }).map((r) => r.query.pro_id)).toEqual(['is.null']);
  await expectNoSeriousA11yViolations(page, 'admin dossiers');
  await screenshot(page, 'admin-dossiers');

  // A first assignment takes nothing from anyone: no confirmation. From then on the database has
  // Sophie on it, and the lists read again say so.
  const assigned = dossiers.map((d) => (d.id === DOSSIER_ID ? { ...d, pro_id: PRO_ID, pro: { full_name: 'Sophie Tremblay' } } : d));
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers' }, embedded(assigned, assigned.length));
  standIn.on({ method: 'GET', path: '/rest/v1/dossiers', query: { pro_id: 'is.null' } }, embedded([], 0));
  await page_.proSelect('Résidence permanente').selectOption({ label: 'Sophie Tremblay' });
  await page_.assign('Résidence permanente').click();
  await expect(page.getByText('« Résidence permanente — Entrée express » est attribué à Sophie Tremblay.')).toBeVisible();
  expect(standIn.requests({ path: '/rest/v1/rpc/assign_dossier' }).map((r) => r.body)).toEqual([{ dossier_id: DOSSIER_ID, pro_id: PRO_ID }]);

  // Taking a dossier from its pro is confirmed first: it is listed under « Tous les dossiers ».
  const second = dossiers[1]!;
  await page.getByTestId('dossiers-filter').selectOption('all');
  await expect(page.getByTestId('dossier-row')).toHaveCount(2);
  await expect(page.getByTestId('dossier-current-pro').first()).toHaveText('Consultant : Sophie Tremblay');
  await page_.proSelect('Permis d’études').selectOption({ label: 'Karim Benali' });
  await page_.assign('Permis d’études').click();
  await expect(page_.reassignDialog.root).toContainText('Sophie Tremblay n’aura plus accès à « Permis d’études à Québec » ; Karim Benali le reprendra.');
  await expectNoSeriousA11yViolations(page, 'admin dossiers: reassign confirmation');
  await screenshot(page, 'admin-dossiers-reassign-dialog');
  expect(standIn.requests({ path: '/rest/v1/rpc/assign_dossier' })).toHaveLength(1);
  await page_.reassignDialog.confirm.click();

  await expect(page_.reassignDialog.root).toBeHidden();
  const calls = standIn.requests({ path: '/rest/v1/rpc/assign_dossier' });
  expect(calls.map((r) => r.body)).toEqual([
    { dossier_id: DOSSIER_ID, pro_id: PRO_ID },
    { dossier_id: second.id, pro_id: '22222222-2222-4222-8222-000000000002' },
  ]);
  expect(calls.every((r) => r.client === 'browser')).toBe(true);
});

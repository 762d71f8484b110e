import { expect, test } from '../fixtures.ts';
import { AdminAuditPage } from '../pages/admin-audit-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { dossiers, serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

test('an admin reads the audit log in words and filters it by action', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  const audit = new AdminAuditPage(page);
  await audit.goto();

  await expect(audit.rows).toHaveCount(4);
  await expect(audit.rows.nth(0)).toContainText('Statut de compte modifié');
  await expect(audit.rows.nth(0)).toContainText('Compte : Lucas Martin');
  // Lucas is active in the member list: the log says he was reinstated, not suspended.
  await expect(audit.rows.nth(0)).toContainText('suspendu → actif');
  await expect(audit.rows.nth(1)).toContainText('Document examiné');
  await expect(audit.rows.nth(1)).toContainText('Sophie Tremblay');
  // The dossier assigned to Sophie is the one the dossiers page lists as hers.
  await expect(audit.rows.nth(2)).toContainText('À Sophie Tremblay');
  await expect(audit.rows.nth(2)).toContainText(dossiers.find((d) => d.pro?.full_name === 'Sophie Tremblay')!.id);
  await expect(page.getByText('Début du journal atteint.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin audit');
  await screenshot(page, 'admin-audit');

  await audit.filter.selectOption('user.status_changed');
  await expect.poll(() => standIn.requests({ path: '/rest/v1/audit_log', query: { action: 'eq.user.status_changed' } }).length).toBe(1);
  const [first] = standIn.requests({ path: '/rest/v1/audit_log' });
  expect(first).toMatchObject({ client: 'browser', query: { order: 'id.desc', limit: '51' } });
});

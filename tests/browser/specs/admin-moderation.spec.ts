import { rest } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { AdminModerationPage } from '../pages/admin-moderation-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { embedded, reports, serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

test('an admin removes reported content with a reason and mutes its author, after confirming', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/resolve_report' }, rest.rpc('resolve_report', 1));
  const moderation = new AdminModerationPage(page);
  await moderation.goto();
  await expect(moderation.items).toHaveCount(2);
  await expect(moderation.item('Visa garanti')).toContainText('Masqué en attendant la décision');
  await expectNoSeriousA11yViolations(page, 'admin moderation');
  await screenshot(page, 'admin-moderation');

  await moderation.item('Visa garanti').getByTestId('moderation-remove').click();
  const dialog = moderation.removeDialog;
  await dialog.confirm.click();
  await expect(dialog.root.getByText('Indiquez le motif du retrait.')).toBeVisible();
  expect(standIn.requests({ path: '/rest/v1/rpc/resolve_report' })).toEqual([]);
  await dialog.note.fill('Arnaque : promesse de visa contre paiement.');
  // No mute is chosen for the moderator (it used to read as 7 days).
  await expect(dialog.mute).toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'admin moderation: remove confirmation');
  await screenshot(page, 'admin-moderation-remove-dialog');
  await dialog.mute.selectOption('7');
  standIn.on({ method: 'GET', path: '/rest/v1/reports', query: { status: 'eq.open' } }, embedded([reports[1]]));
  await dialog.confirm.click();

  await expect(page.getByText('Contenu retiré et auteur mis en sourdine.')).toBeVisible();
  await expect(moderation.items).toHaveCount(1);
  const [call] = standIn.requests({ path: '/rest/v1/rpc/resolve_report' });
  expect(call!.body).toEqual({ report_id: reports[0]!.id, decision: 'removed', note: 'Arnaque : promesse de visa contre paiement.', mute_days: 7 });
});

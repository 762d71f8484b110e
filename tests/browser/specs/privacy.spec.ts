import { readFileSync } from 'node:fs';
import { auth, json, rest } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { HomePage } from '../pages/home-page.ts';
import { ProfilePrivacy } from '../pages/profile-privacy.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { amina } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

const exported = {
  exported_at: '2026-11-24T17:00:00Z',
  account: { id: amina().user.id, email: 'amina@demo.capitune.ca' },
  profile: { full_name: 'Amina Diallo', role: 'candidate' },
  dossiers: [{ title: 'Résidence permanente', history: [], documents: [], messages: [] }],
  posts: [], comments: [], likes: [], reports: [], event_registrations: [], notifications: [],
};

test('a member downloads their data as a JSON file from their profile', async ({ page, standIn, signIn }) => {
  const session = await signIn(amina());
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/export_my_data' }, json(exported));
  const privacy = new ProfilePrivacy(page);
  await privacy.goto();
  await expectNoSeriousA11yViolations(page, 'profile with privacy');
  await screenshot(page, 'profile-privacy');

  const [download] = await Promise.all([page.waitForEvent('download'), privacy.download.click()]);

  expect(download.suggestedFilename()).toMatch(/^capitune-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(exported);
  const calls = standIn.requests({ path: '/rest/v1/rpc/export_my_data' });
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ method: 'POST', client: 'browser' });
  expect(calls[0]!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  await expect(page.getByText('Vos données ont été téléchargées (fichier JSON).')).toBeVisible();
});

test('deleting the account asks to type SUPPRIMER, calls the erasure RPC, then signs out', async ({ page, standIn, signIn }) => {
  await signIn(amina());
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/erase_my_account' }, { status: 204 });
  standIn.on({ method: 'POST', path: '/auth/v1/logout' }, auth.empty(204));
  // Where the member lands: the public home, which lists the next webinars.
  standIn.on({ method: 'GET', path: '/rest/v1/events' }, rest.rows('events', []));
  const privacy = new ProfilePrivacy(page);
  await privacy.goto();

  await privacy.deleteAccount.click();
  const dialog = privacy.deleteDialog;
  await expect(dialog.root).toContainText('Supprimer définitivement votre compte ?');
  await expect(dialog.confirmation).toBeFocused();
  await dialog.confirm.click();
  await expect(dialog.root.getByText('Tapez SUPPRIMER en majuscules pour confirmer.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'profile: delete account confirmation');
  await screenshot(page, 'profile-delete-dialog');
  expect(standIn.requests({ path: '/rest/v1/rpc/erase_my_account' })).toEqual([]);

  await dialog.confirmation.fill('SUPPRIMER');
  await dialog.confirm.click();

  await new HomePage(page).hero.waitFor();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  const [erase] = standIn.requests({ path: '/rest/v1/rpc/erase_my_account' });
  expect(erase).toMatchObject({ method: 'POST', client: 'browser', body: { confirmation: 'SUPPRIMER' } });
  const [logout] = standIn.requests({ path: '/auth/v1/logout' });
  expect(logout!.seq).toBeGreaterThan(erase!.seq);
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.startsWith('sb-') && c.value !== '')).toEqual([]);
});

test('keeping the account closes the dialog without calling anything', async ({ page, standIn, signIn }) => {
  await signIn(amina());
  const privacy = new ProfilePrivacy(page);
  await privacy.goto();
  await privacy.deleteAccount.click();
  await privacy.deleteDialog.cancel.click();
  await expect(privacy.deleteDialog.root).toBeHidden();
  await expect(privacy.deleteAccount).toBeFocused();
  expect(standIn.requests({ method: 'POST' })).toEqual([]);
});

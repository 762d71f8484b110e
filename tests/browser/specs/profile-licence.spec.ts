// The consultant's CICC licence number, entered on their profile: the database checks its format.
import type { StandIn } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { listOf } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const FORMAT_SENTENCE = 'Numéro de permis CICC invalide : un R suivi de six chiffres, par exemple R123456.';

/** A failed check constraint as PostgREST answers it: 400, SQLSTATE 23514, the constraint named in the
 * message (PostgREST/postgrest src/PostgREST/Error.hs); its sentence is public.constraint_messages'. */
function refuseFormat(standIn: StandIn): void {
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' }, { status: 400, body: {
    code: '23514', details: null, hint: null,
    message: 'new row for relation "profiles" violates check constraint "profiles_licence_number_format"',
  } });
  standIn.on({ method: 'GET', path: '/rest/v1/constraint_messages', query: { constraint_name: 'eq.profiles_licence_number_format' } },
    listOf([{ message: FORMAT_SENTENCE }]));
}

/** PostgREST answers a scalar function with its value as JSON (a quoted string). */
function saveAs(standIn: StandIn, saved: string): void {
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' },
    { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(saved) });
}

test('a consultant’s licence number in a bad format is refused under the field, and nothing is shown as saved', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  await signIn(pro, { aal: 'aal2' });
  refuseFormat(standIn);

  await page.goto('/profil');
  const form = page.getByTestId('licence-form');
  await expect(form.getByTestId('licence-current')).toHaveText('Aucun numéro enregistré pour l’instant.');
  const field = form.getByRole('textbox', { name: 'Numéro de permis' });
  await expect(field).not.toHaveAttribute('aria-invalid');

  await field.fill('12345');
  await form.getByTestId('licence-save').click();
  await expect(form.getByText(FORMAT_SENTENCE)).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByTestId('licence-current')).toHaveText('Aucun numéro enregistré pour l’instant.');
  expect(standIn.requests({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' }).map((call) => call.body))
    .toEqual([{ pro_id: pro.user.id, licence_number: '12345' }]);
  await expectNoSeriousA11yViolations(page, 'profile: licence number refused');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'profile-licence-refused');
});

test('a consultant saves their licence number and sees it as the database kept it', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const session = await signIn(pro, { aal: 'aal2' });
  saveAs(standIn, 'R123456');

  await page.goto('/profil');
  const form = page.getByTestId('licence-form');
  const field = form.getByRole('textbox', { name: 'Numéro de permis' });
  await field.fill('r 123 456');
  await form.getByTestId('licence-save').click();
  await expect(form.getByTestId('licence-current')).toHaveText('Numéro enregistré : R123456');
  await expect(field).toHaveValue('R123456');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Numéro de permis enregistré.')).toBeVisible();

  const [call] = standIn.requests({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' });
  expect(call).toMatchObject({ client: 'browser', body: { pro_id: pro.user.id, licence_number: 'r 123 456' } });
  expect(call!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  // The zone is named as people say it, with its city, never by its id (« America/Toronto »).
  await expect(page.getByTestId('time-zone-form').locator('option:checked')).toHaveText('Toronto (heure de l’Est)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'profile-licence');
});

test('a candidate’s profile has no licence number', async ({ page, signIn }) => {
  await signIn(amina());
  await page.goto('/profil');
  await expect(page.getByRole('heading', { name: 'Informations publiques' })).toBeVisible();
  await expect(page.getByTestId('licence-form')).toHaveCount(0);
});

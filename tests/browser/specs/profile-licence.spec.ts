// The consultant's CICC licence number, entered on their profile: the database checks its format.
import { expect, test } from '../fixtures.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { listOf } from '../support/community-data.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const FORMAT_SENTENCE = 'Numéro de permis CICC invalide : un R suivi de six chiffres, par exemple R123456.';

test('a consultant enters their licence number: a bad format is refused under the field, the saved number is shown', async ({ page, standIn, signIn }) => {
  const pro = sophie();
  const session = await signIn(pro, { aal: 'aal2' });
  // A failed check constraint: PostgREST answers 400 with SQLSTATE 23514 and the constraint's name in
  // the message (PostgREST/postgrest src/PostgREST/Error.hs); its sentence is public.constraint_messages'.
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' }, { status: 400, body: {
    code: '23514', details: null, hint: null,
    message: 'new row for relation "profiles" violates check constraint "profiles_licence_number_format"',
  } }, { times: 1 });
  standIn.on({ method: 'GET', path: '/rest/v1/constraint_messages', query: { constraint_name: 'eq.profiles_licence_number_format' } },
    listOf([{ message: FORMAT_SENTENCE }]));

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
  await expectNoSeriousA11yViolations(page, 'profile: licence number refused');
  await screenshot(page, 'profile-licence-refused');

  // PostgREST answers a scalar function with its value as JSON (a quoted string), as application/json.
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' },
    { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify('R123456') });
  await field.fill('r 123 456');
  await form.getByTestId('licence-save').click();
  await expect(form.getByTestId('licence-current')).toHaveText('Numéro enregistré : R123456');
  await expect(field).toHaveValue('R123456');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Numéro de permis enregistré.')).toBeVisible();

  const calls = standIn.requests({ method: 'POST', path: '/rest/v1/rpc/set_licence_number' });
  expect(calls.map((call) => call.body)).toEqual([
    { pro_id: pro.user.id, licence_number: '12345' },
    { pro_id: pro.user.id, licence_number: 'r 123 456' },
  ]);
  expect(calls[1]).toMatchObject({ client: 'browser' });
  expect(calls[1]!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  await screenshot(page, 'profile-licence');
});

test('a candidate’s profile has no licence number', async ({ page, signIn }) => {
  await signIn(amina());
  await page.goto('/profil');
  await expect(page.getByRole('heading', { name: 'Informations publiques' })).toBeVisible();
  await expect(page.getByTestId('licence-form')).toHaveCount(0);
});

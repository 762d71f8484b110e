// The auth forms with JavaScript: each checks its fields in the browser (the first refused one gets
// the focus), then calls Supabase Auth from the browser, so Auth's per-IP limits see the person.
import { expect, test } from '../fixtures.ts';
import { changePasswordForm, forgotPasswordForm, registerForm, totpForm } from '../pages/auth-forms.ts';
import { auth, makeSession, makeUser } from '../stand-in/index.ts';
import { FIXTURE_NOW, FIXTURE_NOW_MS } from '../support/clock.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { amina, sophie } from '../support/people.ts';

failOnPageErrors(test);

const NEW_PASSWORD = 'Nouveau-Passe-2027';

test('sign-up says what is wrong in French, field by field, then sends the link from the browser', async ({ page, standIn }) => {
  const email = 'awa.ndiaye@example.test';
  standIn.on({ method: 'POST', path: '/auth/v1/signup' }, auth.user(makeUser({ email, fullName: 'Awa Ndiaye', emailConfirmed: false })));
  await page.goto('/inscription');
  const form = registerForm(page);
  await form.field('Adresse courriel').fill('pas-une-adresse');
  await form.field('Mot de passe').fill('court');
  await form.submit.click();

  await expect(form.field('Nom complet')).toBeFocused();
  await expect(form.form.getByText('Indiquez votre nom complet.')).toBeVisible();
  await expect(form.form.getByText('Adresse courriel invalide.')).toBeVisible();
  expect(standIn.requests({ path: '/auth/v1/signup' })).toEqual([]);

  await form.field('Nom complet').fill('Awa Ndiaye');
  await form.field('Adresse courriel').fill(email);
  await form.field('Mot de passe').fill(NEW_PASSWORD);
  await form.field(/J.accepte les/).check();
  await form.submit.click();

  await expect(page.getByRole('status')).toContainText(`Si l’adresse ${email} peut être utilisée`);
  expect(standIn.requests({ path: '/auth/v1/signup' })).toMatchObject([
    { client: 'browser', body: { email, password: NEW_PASSWORD, data: { full_name: 'Awa Ndiaye', time_zone: 'America/Toronto' } } },
  ]);
});

test.describe('from a browser in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('sign-up sends the browser’s own time zone, the account’s first zone', async ({ page, standIn }) => {
    const email = 'kenji@example.test';
    standIn.on({ method: 'POST', path: '/auth/v1/signup' }, auth.user(makeUser({ email, fullName: 'Kenji Sato', emailConfirmed: false })));
    await page.goto('/inscription');
    const form = registerForm(page);
    await form.field('Nom complet').fill('Kenji Sato');
    await form.field('Adresse courriel').fill(email);
    await form.field('Mot de passe').fill(NEW_PASSWORD);
    await form.field(/J.accepte les/).check();
    await form.submit.click();

    await expect(page.getByRole('status')).toContainText(`Si l’adresse ${email} peut être utilisée`);
    expect(standIn.requests({ path: '/auth/v1/signup' })).toMatchObject([{ body: { data: { time_zone: 'Asia/Tokyo' } } }]);
  });
});

test('a forgotten password is asked from the browser, with the same answer for any address', async ({ page, standIn }) => {
  standIn.on({ method: 'POST', path: '/auth/v1/recover' }, auth.empty());
  await page.goto('/mot-de-passe-oublie');
  await forgotPasswordForm(page).field('Adresse courriel').fill('amina@demo.capitune.ca');
  await forgotPasswordForm(page).submit.click();

  await expect(page.getByRole('status')).toContainText('Si un compte correspond à cette adresse');
  expect(standIn.requests({ path: '/auth/v1/recover' })).toMatchObject([{ client: 'browser', body: { email: 'amina@demo.capitune.ca' } }]);
});

test('the second factor is proved from the browser, and a wrong code is emptied for another try', async ({ page, signIn, standIn }) => {
  const factorId = '88888888-8888-4888-8888-000000000001';
  const base = sophie();
  const person = { ...base, user: { ...base.user, factors: [{ id: factorId, friendly_name: 'Téléphone', factor_type: 'totp' as const, status: 'verified' as const, created_at: FIXTURE_NOW, updated_at: FIXTURE_NOW }] } };
  await signIn(person, { aal: 'aal1' });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/challenge` },
    { status: 200, body: { id: 'challenge-1', type: 'totp', expires_at: FIXTURE_NOW_MS / 1000 + 300 } });
  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/verify` }, auth.error(422, 'mfa_verification_failed', 'Invalid TOTP code entered'), { times: 1 });

  await page.goto('/deux-facteurs?next=%2Fprofil');
  const code = totpForm(page).field('Code de vérification');
  await code.fill('654321');
  await totpForm(page).submit.click();
  await expect(totpForm(page).alert).toHaveText('Code incorrect. Vérifiez l’heure de votre téléphone et réessayez.');
  await expect(code).toHaveValue('');
  await expect(code).toBeFocused();

  standIn.on({ method: 'POST', path: `/auth/v1/factors/${factorId}/verify` },
    auth.session(makeSession(person.user, { supabaseUrl: standIn.url, aal: 'aal2', issuedAt: FIXTURE_NOW_MS })));
  await code.fill('123456');
  await totpForm(page).submit.click();
  await expect(page).toHaveURL((url) => url.pathname === '/profil');
  expect(standIn.requests({ path: `/auth/v1/factors/${factorId}/verify` }).map((r) => r.client)).toEqual(['browser', 'browser']);
});

test('changing the password in the profile is done from the browser and empties the form', async ({ page, signIn, standIn }) => {
  const me = amina();
  await signIn(me);
  standIn.on({ method: 'PUT', path: '/auth/v1/user' }, auth.user(me.user));
  await page.goto('/profil');
  const form = changePasswordForm(page);
  await form.field('Nouveau mot de passe').fill(NEW_PASSWORD);
  await form.field('Confirmez le mot de passe').fill('Autre-Chose-2027');
  await form.submit.click();
  await expect(form.form.getByText('Les deux mots de passe ne correspondent pas.')).toBeVisible();
  await expect(form.field('Confirmez le mot de passe')).toBeFocused();

  await form.field('Confirmez le mot de passe').fill(NEW_PASSWORD);
  await form.submit.click();
  await expect(page.getByText('Mot de passe modifié.')).toBeVisible();
  await expect(form.field('Nouveau mot de passe')).toHaveValue('');
  expect(standIn.requests({ method: 'PUT', path: '/auth/v1/user' })).toMatchObject([{ client: 'browser', body: { password: NEW_PASSWORD } }]);
});

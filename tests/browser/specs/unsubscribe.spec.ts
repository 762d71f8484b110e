import { functions } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { UnsubscribePage } from '../pages/unsubscribe-page.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

// As send-emails writes the line (supabase/functions/_shared/unsubscribe-link.ts): the member's token and a kind.
const token = 'c0ffee'.padEnd(64, '7');
const link = `?token=${token}&kind=messages`;
const oneClick = { method: 'POST', path: '/functions/v1/unsubscribe' } as const;

test('the unsubscribe line of an email opens a page that says what will stop, and changes nothing', async ({ page, standIn }) => {
  const unsubscribe = new UnsubscribePage(page);
  await unsubscribe.open(link);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se désabonner');
  await expect(unsubscribe.form).toContainText('Vous ne recevrez plus les courriels « Messages de vos dossiers ».');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  expect(standIn.requests(oneClick)).toEqual([]); // opening the link (a mail scanner does) changes nothing
  await expectNoSeriousA11yViolations(page, 'unsubscribe: confirmation');
  await screenshot(page, 'unsubscribe-confirm');
});

test('its button turns chat emails off: the server POSTs the one-click request to the function', async ({ page, standIn }) => {
  standIn.on(oneClick, functions.json({ unsubscribed: 'messages' }));
  const unsubscribe = new UnsubscribePage(page);
  await unsubscribe.open(link);
  await unsubscribe.confirm.click();

  await expect(unsubscribe.done).toContainText('Vous ne recevrez plus les courriels « Messages de vos dossiers ».');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Désabonnement confirmé');
  await expect(page).toHaveURL(/\/desabonnement\?kind=messages&etat=done$/); // the token is gone from the address
  // What a mail client sends (RFC 8058 §3.2), without a session.
  const [call] = standIn.requests(oneClick);
  expect(call).toMatchObject({ client: 'server', query: { token, kind: 'messages' } });
  expect(call!.rawBody.toString()).toBe('List-Unsubscribe=One-Click');
  expect(call!.headers.authorization).toBeUndefined();
  await expectNoSeriousA11yViolations(page, 'unsubscribe: done');
  await screenshot(page, 'unsubscribe-done');
});

test('a link the database does not know, or one we did not write, is refused', async ({ page, standIn }) => {
  standIn.on(oneClick, functions.error(404, 'not_found', 'Ce lien de désabonnement n’est pas valide ou a expiré.'));
  const unsubscribe = new UnsubscribePage(page);
  await unsubscribe.open(link);
  await unsubscribe.confirm.click();
  await expect(unsubscribe.invalid).toContainText('Ce lien de désabonnement n’est pas valide ou a expiré.');

  await unsubscribe.open(`?token=${token}&kind=security`); // security emails always go
  await expect(unsubscribe.invalid).toBeVisible();
  await expect(unsubscribe.confirm).toHaveCount(0);
  expect(standIn.requests(oneClick)).toHaveLength(1);
  await screenshot(page, 'unsubscribe-invalid');
});

test('when the function cannot answer, the page says so and keeps the button', async ({ page, standIn }) => {
  standIn.on(oneClick, functions.error(503, 'database_unavailable', 'Service indisponible.'));
  const unsubscribe = new UnsubscribePage(page);
  await unsubscribe.open(link);
  await unsubscribe.confirm.click();
  await expect(unsubscribe.form.getByRole('alert')).toHaveText('Le désabonnement n’a pas pu être enregistré. Réessayez dans un instant.');
  await expect(unsubscribe.confirm).toBeVisible();
});

test.describe('a member whose browser prefers English', () => {
  test.use({ locale: 'en-CA' });

  test('reads the page in English', async ({ page, standIn }) => {
    standIn.on(oneClick, functions.json({ unsubscribed: 'events' }));
    const unsubscribe = new UnsubscribePage(page);
    await unsubscribe.open(`?token=${token}&kind=events`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe');
    await expect(unsubscribe.form).toContainText('You will no longer receive “Live sessions” emails.');
    await unsubscribe.confirm.click();
    await expect(unsubscribe.done).toContainText('You will no longer receive “Live sessions” emails.');
    await screenshot(page, 'unsubscribe-done-english');
  });
});

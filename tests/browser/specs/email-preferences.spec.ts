import { rest } from '../stand-in/index.ts';
import { expect, test } from '../fixtures.ts';
import { ProfileEmails } from '../pages/profile-emails.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { amina } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

test('a member turns off the emails of Live events in their profile; security emails stay on', async ({ page, standIn, signIn }) => {
  const session = await signIn(amina());
  // She already turned community emails off.
  standIn.on({ method: 'GET', path: '/rest/v1/email_preferences' },
    rest.rows('email_preferences', [{ user_id: amina().user.id, kind: 'community', enabled: false, updated_at: '2026-11-20T10:00:00+00:00' }]));
  standIn.on({ method: 'POST', path: '/rest/v1/rpc/set_email_preference' }, { status: 204 });
  const emails = new ProfileEmails(page);
  await emails.goto();

  await expect(emails.kind('community')).not.toBeChecked();
  await expect(emails.kind('events')).toBeChecked();
  for (const required of ['security', 'account']) {
    await expect(emails.kind(required)).toBeChecked();
    await expect(emails.kind(required)).toBeDisabled();
  }
  await expect(emails.form).toContainText('Sécurité du compte (toujours envoyés)');
  await expect(emails.save).toBeDisabled();
  await expectNoSeriousA11yViolations(page, 'profile: email choices');

  await page.getByLabel('Les Live').uncheck();
  await emails.save.click();

  await expect(page.getByText('Choix de courriels enregistrés.')).toBeVisible();
  const calls = standIn.requests({ method: 'POST', path: '/rest/v1/rpc/set_email_preference' });
  expect(calls.map((r) => r.body)).toEqual([{ kind: 'events', enabled: false }]);
  expect(calls[0]).toMatchObject({ client: 'browser' });
  expect(calls[0]!.headers.authorization).toBe(`Bearer ${session.access_token}`);
  await expect(emails.kind('events')).not.toBeChecked();
  await expect(emails.save).toBeDisabled();
  await screenshot(page, 'profile-email-choices');
});

// An English member (accounts.locale en-CA) reads the kinds of document of her checklist in English,
// and the refusals of her writes in English: the app's own sentence for a refusal it decides (no row
// updated), its sentence for Postgres' own English (row-level security), and the database's own
// sentence as it raised it in her language.
import { expect, test } from '../fixtures.ts';
import { checklist, DOSSIER_ID, dossierRow, rows, serveDossierPage } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { json } from '../stand-in/index.ts';
import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { amina, type Person, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { screenshot } from '../support/screenshots.ts';

failOnPageErrors(test);

const inEnglish = (person: Person): Person => ({ ...person, account: { ...person.account, locale: 'en-CA' } });

test('an English member reads her checklist’s kinds and her refusals in English', async ({ page, standIn, signIn }) => {
  const candidate = inEnglish(amina());
  await signIn(candidate);
  const draft = dossierRow(candidate, sophie(), { status: 'draft', submitted_at: null });
  // The stand-in answers as the database does: public.dossier_checklist's labels are French.
  serveDossierPage(standIn, { dossier: draft, viewer: candidate, checklist: checklist({ passport: 'approved', language_test: 'pending' }) });

  const detail = new DossierDetailPage(page);
  await detail.goto(DOSSIER_ID);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.locator('[data-test="checklist-item"][data-kind="passport"]')).toContainText('Passport');
  await expect(page.locator('[data-test="checklist-item"][data-kind="photo"]')).toContainText('ID photo');
  await expect(detail.missing).toContainText('ID photo');
  await expect(detail.missing).toContainText('Police certificate');
  await expect(page.getByTestId('checklist')).not.toContainText(/Passeport|Photo d’identité|Certificat de police/);

  // RLS let no row through: the app's own refusal.
  let answer = rows([]);
  standIn.on({ method: 'PATCH', path: '/rest/v1/dossiers', query: { id: `eq.${DOSSIER_ID}` } }, () => answer);
  const rename = async (title: string) => {
    await page.getByTestId('dossier-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').first().fill(title);
    await page.getByTestId('dossier-edit-save').click();
  };
  await rename('Permanent residence');
  await expect(page.getByRole('alert').getByText('This application can no longer be changed once it has been submitted.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'English refusal');
  await screenshot(page, 'english-refusal');

  // Postgres' own English, as PostgREST answers a policy's refusal: our sentence, in English.
  answer = json({ code: '42501', message: 'new row violates row-level security policy for table "dossiers"', details: null, hint: null }, 403);
  await page.keyboard.press('Escape');
  await rename('Permanent residence, again');
  await expect(page.getByRole('alert').getByText('Your account is not allowed to do this.')).toBeVisible();

  // A sentence our SQL raised in her language is shown as raised.
  answer = json({ code: 'PT429', message: 'Too many requests: wait a second before trying again.', details: null, hint: null }, 400);
  await page.keyboard.press('Escape');
  await rename('Permanent residence, once more');
  await expect(page.getByRole('alert').getByText('Too many requests: wait a second before trying again.')).toBeVisible();
  await expect(page.getByText(/Action non autorisée|Ce dossier ne peut plus|Trop de requêtes/)).toHaveCount(0);
});

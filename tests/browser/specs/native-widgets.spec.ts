// Chromium's own widgets speak French, as the candidates' browsers do: a date input reads
// « jj/mm/aaaa » and names its fields « Jour », « Mois », « Année » (see playwright.config.ts).
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { AdminEventFormPage } from '../pages/admin-events-page.ts';
import { serveAdminReads } from '../support/admin-data.ts';
import { claire } from '../support/people.ts';

/** The names of the spinbuttons inside a control's user-agent shadow tree, from Chromium's accessibility tree. */
async function nativeFieldNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((node) => node.role?.value === 'spinbutton').map((node) => String(node.name?.value ?? ''));
}

test('the date and time pickers of the event form are in French', async ({ page, standIn, signIn }) => {
  await signIn(claire(), { aal: 'aal2' });
  serveAdminReads(standIn);
  const form = new AdminEventFormPage(page);
  await form.goto();
  await expect(form.field('starts-at')).toBeVisible();

  const names = await nativeFieldNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names.some((name) => /Jour/.test(name)) && names.some((name) => /Année/.test(name))).toBe(true);
  expect(names.filter((name) => /Month|Day|Year|AM\/PM/.test(name))).toEqual([]);
  expect(await page.evaluate(() => navigator.language)).toBe('fr-CA');
});

// What a phone offers that a desktop does not, and the reverse: the camera on a checklist slot,
// and the chat's Ctrl+Enter hint only where a precise pointer suggests a physical keyboard.
import { expect, test } from '../fixtures.ts';
import { DOSSIER_ID, dossierRow, serveDossierPage } from '../pages/dossier-data.ts';
import { DossierDetailPage } from '../pages/dossier-detail-page.ts';
import { amina, sophie } from '../support/people.ts';
import { failOnPageErrors } from '../support/page-errors.ts';
import { VIEWPORTS } from '../support/screenshots.ts';

failOnPageErrors(test);

const pointer = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ({ fine: matchMedia('(pointer: fine)').matches, coarse: matchMedia('(pointer: coarse)').matches }));

test.describe('with a mouse', () => {
  test('the chat mentions Ctrl+Entrée; the slots offer no camera', async ({ page, standIn, signIn }) => {
    const candidate = amina();
    await signIn(candidate);
    serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate });
    const detail = new DossierDetailPage(page);
    await detail.goto(DOSSIER_ID, 'messages');
    expect(await pointer(page)).toEqual({ fine: true, coarse: false });
    await expect(detail.chatInput).toBeVisible({ timeout: 15_000 }); // the chat loads on demand
    await expect(page.getByTestId('chat-shortcut-hint')).toHaveText('Ctrl+Entrée pour envoyer.');
    await detail.tab('documents').click();
    await expect(detail.slot('passport').getByTestId('slot-choose-file')).toBeVisible();
    await expect(detail.slot('passport').getByTestId('slot-take-photo')).toBeHidden();
  });
});

test.describe('on a touch screen', () => {
  // Playwright's mobile emulation: touch events and a coarse primary pointer, as on a phone.
  test.use({ viewport: VIEWPORTS.mobile, hasTouch: true, isMobile: true });

  test('the chat says nothing of Ctrl+Entrée; each slot offers the back camera', async ({ page, standIn, signIn }) => {
    const candidate = amina();
    await signIn(candidate);
    serveDossierPage(standIn, { dossier: dossierRow(candidate, sophie()), viewer: candidate });
    const detail = new DossierDetailPage(page);
    await detail.goto(DOSSIER_ID, 'messages');
    expect(await pointer(page)).toEqual({ fine: false, coarse: true });
    await expect(detail.chatInput).toBeVisible({ timeout: 15_000 }); // the chat loads on demand
    await expect(page.getByTestId('chat-shortcut-hint')).toBeHidden();

    await detail.tab('documents').click();
    const camera = detail.slot('passport').getByTestId('slot-take-photo');
    await expect(camera).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await camera.click();
    const input = (await chooser).element();
    expect(await input.getAttribute('capture')).toBe('environment');
    expect(await input.getAttribute('accept')).toBe('image/*');
  });
});

import { expect, type Locator, type Page } from '@playwright/test';

/** The privacy section of /profil: download my data, delete my account. */
export class ProfilePrivacy {
  static readonly path = '/profil';
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByTestId('privacy-section');
  }
  get download(): Locator {
    return this.page.getByTestId('privacy-download');
  }
  get deleteAccount(): Locator {
    return this.page.getByTestId('privacy-delete');
  }
  get deleteDialog() {
    const root = this.page.getByRole('dialog');
    return {
      root,
      confirmation: root.getByTestId('delete-account-confirmation'),
      confirm: root.getByTestId('delete-account-confirm'),
      cancel: root.getByTestId('delete-account-cancel'),
    };
  }

  async goto(): Promise<void> {
    await this.page.goto(ProfilePrivacy.path);
    await expect(this.section).toBeVisible();
  }
}

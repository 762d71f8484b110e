import { expect, type Locator, type Page } from '@playwright/test';

/** The « Courriels » card of /profil: which kinds of email the member receives. */
export class ProfileEmails {
  static readonly path = '/profil';
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('email-preferences');
  }
  kind(kind: string): Locator {
    return this.page.getByTestId(`email-kind-${kind}`);
  }
  get save(): Locator {
    return this.page.getByTestId('email-preferences-save');
  }

  async goto(): Promise<void> {
    await this.page.goto(ProfileEmails.path);
    await expect(this.form).toBeVisible();
  }
}

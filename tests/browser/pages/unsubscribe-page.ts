import { expect, type Locator, type Page } from '@playwright/test';

/** /desabonnement: the page an email's unsubscribe line opens (no sign-in). */
export class UnsubscribePage {
  static readonly path = '/desabonnement';
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('unsubscribe-form');
  }
  get confirm(): Locator {
    return this.page.getByTestId('unsubscribe-confirm');
  }
  get done(): Locator {
    return this.page.getByTestId('unsubscribe-done');
  }
  get invalid(): Locator {
    return this.page.getByTestId('unsubscribe-invalid');
  }

  async open(query: string): Promise<void> {
    await this.page.goto(`${UnsubscribePage.path}${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }
}

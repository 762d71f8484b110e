import { expect, type Locator, type Page } from '@playwright/test';

/** The pro's inbox (`/pro`): assigned dossiers by status, with unread messages. */
export class DossierInboxPage {
  static readonly path = '/pro';
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('pro-inbox');
  }
  get filter(): Locator {
    return this.page.getByTestId('inbox-filter');
  }
  get items(): Locator {
    return this.page.getByTestId('inbox-item');
  }
  get summary(): Locator {
    return this.page.getByTestId('inbox-count');
  }
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`${DossierInboxPage.path}${query}`);
    await expect(this.root).toBeVisible();
  }
}

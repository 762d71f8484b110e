import { expect, type Locator, type Page } from '@playwright/test';

/** What every admin screen shares: the section tabs and the h1. */
export class AdminPage {
  constructor(readonly page: Page, readonly path: string) {}

  get title(): Locator {
    return this.page.getByTestId('admin-title');
  }
  nav(section: 'analytics' | 'users' | 'events' | 'dossiers' | 'moderation' | 'audit'): Locator {
    return this.page.getByTestId(`admin-nav-${section}`);
  }
  /** The open confirmation dialog, by its data-test prefix. */
  dialog(testId: string): { root: Locator; confirm: Locator; cancel: Locator } {
    const root = this.page.getByRole('dialog');
    return { root, confirm: root.getByTestId(`${testId}-confirm`), cancel: root.getByTestId(`${testId}-cancel`) };
  }

  async goto(): Promise<void> {
    await this.page.goto(this.path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === this.path);
    await expect(this.title).toBeVisible();
    await expect(this.page.getByTestId('admin-loading')).toHaveCount(0);
  }
}

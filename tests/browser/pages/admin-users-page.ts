import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin/membres: search, the members table, role and status actions. */
export class AdminUsersPage extends AdminPage {
  static readonly path = '/admin/membres';
  constructor(page: Page) {
    super(page, AdminUsersPage.path);
  }

  get search(): Locator {
    return this.page.getByTestId('users-search');
  }
  get count(): Locator {
    return this.page.getByTestId('users-count');
  }
  row(name: string): Locator {
    return this.page.getByTestId('user-row').filter({ hasText: name });
  }
  status(name: string): Locator {
    return this.row(name).getByTestId('user-status');
  }
  suspend(name: string): Locator {
    return this.row(name).getByTestId('user-suspend');
  }
  activate(name: string): Locator {
    return this.row(name).getByTestId('user-activate');
  }
  get suspendDialog() {
    return this.dialog('suspend-dialog');
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page.getByTestId('users-search-submit').click();
  }
}

import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin/journal: the audit trail, newest first. */
export class AdminAuditPage extends AdminPage {
  static readonly path = '/admin/journal';
  constructor(page: Page) {
    super(page, AdminAuditPage.path);
  }

  get rows(): Locator {
    return this.page.getByTestId('audit-row');
  }
  get filter(): Locator {
    return this.page.getByTestId('audit-filter');
  }
}

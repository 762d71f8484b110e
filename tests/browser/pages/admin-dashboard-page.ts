import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin: headline totals and the charts, each with a data table. */
export class AdminDashboardPage extends AdminPage {
  static readonly path = '/admin';
  constructor(page: Page) {
    super(page, AdminDashboardPage.path);
  }

  get totals(): Locator {
    return this.page.getByTestId('analytics-totals');
  }
  chart(name: 'users' | 'dossiers' | 'weekly' | 'events'): Locator {
    return this.page.getByTestId(`chart-${name}`);
  }
  dataTable(name: 'users' | 'dossiers' | 'weekly' | 'events'): Locator {
    return this.page.getByTestId(`chart-${name}-table`);
  }
}

import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin/dossiers: each dossier with its pro and the assignment control. */
export class AdminDossiersPage extends AdminPage {
  static readonly path = '/admin/dossiers';
  constructor(page: Page) {
    super(page, AdminDossiersPage.path);
  }

  row(title: string): Locator {
    return this.page.getByTestId('dossier-row').filter({ hasText: title });
  }
  proSelect(title: string): Locator {
    return this.row(title).getByTestId('dossier-pro-select');
  }
  assign(title: string): Locator {
    return this.row(title).getByTestId('dossier-assign');
  }
  get reassignDialog() {
    return this.dialog('reassign-dialog');
  }
}

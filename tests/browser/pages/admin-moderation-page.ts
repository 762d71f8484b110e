import type { Locator, Page } from '@playwright/test';
import { AdminPage } from './admin-page.ts';

/** /admin/moderation: reported content, oldest first, with keep / remove / mute. */
export class AdminModerationPage extends AdminPage {
  static readonly path = '/admin/moderation';
  constructor(page: Page) {
    super(page, AdminModerationPage.path);
  }

  get items(): Locator {
    return this.page.getByTestId('moderation-item');
  }
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }
  get removeDialog() {
    return { ...this.dialog('remove-dialog'), note: this.page.getByTestId('remove-note'), mute: this.page.getByTestId('remove-mute') };
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The header's bell, on every signed-in page. */
export class NotificationBell {
  constructor(readonly page: Page) {}

  get link(): Locator {
    return this.page.getByTestId('notification-bell');
  }
  get count(): Locator {
    return this.page.getByTestId('notification-count');
  }
}

/** The notifications page: newest first, mark one or all read, each links to what it is about. */
export class NotificationsPage {
  static readonly path = '/notifications';
  constructor(readonly page: Page) {}

  get items(): Locator {
    return this.page.getByTestId('notification');
  }
  item(id: string): Locator {
    return this.page.locator(`[data-test="notification"][data-notification-id="${id}"]`);
  }
  get unreadSummary(): Locator {
    return this.page.getByTestId('unread-summary');
  }
  get markAllRead(): Locator {
    return this.page.getByTestId('mark-all-read');
  }

  async goto(): Promise<void> {
    await this.page.goto(NotificationsPage.path);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  }
}

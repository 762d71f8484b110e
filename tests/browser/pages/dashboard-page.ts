import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in home: sidebar navigation and a greeting naming the user. */
export class DashboardPage {
  static readonly path = '/accueil';
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('dashboard');
  }
  get greeting(): Locator {
    return this.page.getByTestId('dashboard-greeting');
  }
  get sidebar(): Locator {
    return this.page.getByTestId('app-sidebar');
  }
  get signOut(): Locator {
    return this.page.getByTestId('sign-out');
  }
  section(name: 'dossiers' | 'events' | 'posts'): Locator {
    return this.page.getByTestId(`dashboard-${name}`);
  }
  get unreadMessages(): Locator {
    return this.page.getByTestId('dashboard-unread-total');
  }

  async goto(): Promise<void> {
    await this.page.goto(DashboardPage.path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === DashboardPage.path);
    await expect(this.root).toBeVisible();
  }
}

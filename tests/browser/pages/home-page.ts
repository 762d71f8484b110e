import { expect, type Locator, type Page } from '@playwright/test';

/** The public home (`/`): no session, no Supabase client. */
export class HomePage {
  static readonly path = '/';
  constructor(readonly page: Page) {}

  get hero(): Locator {
    return this.page.getByTestId('home-hero');
  }
  get loginLink(): Locator {
    return this.page.getByTestId('home-login-link');
  }
  get registerLink(): Locator {
    return this.page.getByTestId('home-register-link');
  }
  get upcomingEvents(): Locator {
    return this.page.getByTestId('home-event');
  }
  get noEvents(): Locator {
    return this.page.getByTestId('home-no-events');
  }

  async goto(): Promise<void> {
    await this.page.goto(HomePage.path);
    await expect(this.hero).toBeVisible();
  }
}

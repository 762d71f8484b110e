import { expect, type Locator, type Page } from '@playwright/test';

/** Sign-in form: email + password, French error messages in an alert. */
export class LoginPage {
  static readonly path = '/connexion';
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByTestId('login-form');
  }
  get email(): Locator {
    return this.page.getByTestId('login-email');
  }
  get password(): Locator {
    return this.page.getByTestId('login-password');
  }
  get submit(): Locator {
    return this.page.getByTestId('login-submit');
  }
  get error(): Locator {
    return this.page.getByTestId('login-error');
  }

  async goto(): Promise<void> {
    await this.page.goto(LoginPage.path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

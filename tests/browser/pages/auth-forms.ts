import type { Locator, Page } from '@playwright/test';

/**
 * The forms that carry a secret or personal data, besides sign-in (login-page.ts): found by their
 * `data-test`, their fields by label as a person reads them.
 */
export class AuthForm {
  constructor(readonly page: Page, readonly testId: string) {}

  get form(): Locator {
    return this.page.getByTestId(this.testId);
  }
  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }
  get submit(): Locator {
    return this.form.locator('button[type="submit"]');
  }
  get alert(): Locator {
    return this.form.getByRole('alert');
  }
}

export const registerForm = (page: Page) => new AuthForm(page, 'register-form');
export const forgotPasswordForm = (page: Page) => new AuthForm(page, 'forgot-password-form');
export const resetPasswordForm = (page: Page) => new AuthForm(page, 'reset-password-form');
export const changePasswordForm = (page: Page) => new AuthForm(page, 'change-password-form');
export const totpForm = (page: Page) => new AuthForm(page, 'totp-form');
export const consentForm = (page: Page) => new AuthForm(page, 'consent-form');

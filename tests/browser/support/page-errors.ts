// Uncaught errors in the page (a hydration mismatch, a render crash) fail the test that met them.
import { expect, type Page, type TestType } from '@playwright/test';

export function failOnPageErrors(test: TestType<{ page: Page }, object>): void {
  const errors = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const list: string[] = [];
    errors.set(page, list);
    page.on('pageerror', (error) => list.push(error.message));
  });
  test.afterEach(({ page }) => {
    expect(errors.get(page) ?? [], 'uncaught errors in the page').toEqual([]);
  });
}

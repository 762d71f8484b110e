// Screenshots of a page at desktop and mobile widths, kept as test artifacts in
// test-results/screenshots/<name>-{desktop,mobile}.png (gitignored) and attached to the report.
import { test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { RESULTS_DIR } from './app-server.ts';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

export async function screenshot(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const path = join(RESULTS_DIR, 'screenshots', `${name}-${label}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
    await test.info().attach(`${name}-${label}`, { path, contentType: 'image/png' });
  }
  if (original) await page.setViewportSize(original);
}

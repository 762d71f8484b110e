// Screenshots of a page at desktop and mobile widths, kept as test artifacts in
// test-results/screenshots/<name>-{desktop,mobile}.png (gitignored) and attached to the report.
// Every call takes both widths, so a scenario that runs at phone size needs no screenshot of its
// own: it would be a byte copy of the one taken at the same state.
import { test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './app-server.ts';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

/**
 * `BROWSER_SCREENSHOTS=off` (the another-day run): every clock in the suite starts at the fixtures'
 * instant, so its pictures would be the first run's again.
 */
export const SCREENSHOTS_TAKEN = process.env.BROWSER_SCREENSHOTS !== 'off';

/** Digest → file, over the run (one worker): two names for the same picture fail the scenario. */
const taken = new Map<string, string>();

/** An open modal is fixed to the viewport: the full page would show it over a strip of page. */
const dialogOpen = (page: Page) => page.locator('[role="dialog"][aria-modal="true"]').first().isVisible();

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_TAKEN) return;
  const original = page.viewportSize();
  const fullPage = !(await dialogOpen(page));
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // A full-page capture draws fixed and sticky parts (the header, the sidebar) where the page was
    // scrolled to, over the middle of the page: take it from the top.
    if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
    const file = `${name}-${label}.png`;
    const path = join(RESULTS_DIR, 'screenshots', file);
    await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
    const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
    const twin = taken.get(digest);
    if (twin && twin !== file) throw new Error(`screenshot ${file} is a byte copy of ${twin}: take it once`);
    taken.set(digest, file);
    await test.info().attach(`${name}-${label}`, { path, contentType: 'image/png' });
  }
  if (original) await page.setViewportSize(original);
}

// Browser suites: Debian's Chromium (never a downloaded browser) against `next build` + `next start`,
// Supabase answered by the stand-in. One worker: the machine has two cores and the app one server.
import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { RESULTS_DIR } from './support/app-server.ts';

export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.ts',
  outputDir: join(RESULTS_DIR, 'browser'),
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The longest scenarios take 15–18 s on a loaded machine, and `npm test` runs the Vitest suites beside these.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { outputFolder: join(RESULTS_DIR, 'browser-report'), open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    testIdAttribute: 'data-test',
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // `locale` sets the page's language (navigator.language, Intl, Accept-Language) but not Chromium's
    // own: native widgets (a date input's « jj/mm/aaaa », its field names) follow the browser's UI
    // language, which on Linux comes from the LANGUAGE variable, not from --lang (Chrome's docs,
    // developer.chrome.com/docs/extensions/reference/api/i18n: "to change the locale on Linux … set the
    // LANGUAGE environment variable"), and needs the French resources (Debian's chromium-l10n).
    // specs/native-widgets.spec.ts proves it.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-CA'],
      env: { ...process.env, LANGUAGE: 'fr_CA:fr' },
    },
  },
});

// Debian's Chromium, driven by puppeteer-core (the driver Lighthouse's own Node API takes): one
// browser per run, and a fresh incognito context per audit, so no cookie, cache or storage carries
// from one page to the next. puppeteer-core never downloads a browser. Chosen over chrome-launcher
// + a debugging port because a signed-in page needs its session cookies and the fixtures' clock set
// on the very page Lighthouse loads, which only a page handle gives.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The browser suite's flags (tests/browser/playwright.config.ts); CHROME_PATH as Lighthouse names it. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: null, // Lighthouse emulates the phone itself
  });
}

export type Cookie = { name: string; value: string; url: string };

export type PagePreparation = {
  cookies: Cookie[];
  /** The instant the page's clock starts at (ms since the epoch). */
  nowMs: number;
  timezoneId: string;
};

/** A new page in its own context, with the session cookies, the zone and the clock of the scenario. */
export async function preparedPage(browser: Browser, preparation: PagePreparation): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (preparation.cookies.length > 0) await page.setCookie(...preparation.cookies);
  await page.emulateTimezone(preparation.timezoneId);
  await page.evaluateOnNewDocument(startClockAt(preparation.nowMs));
  return { page, close: () => context.close() };
}

/**
 * Runs in the page before its scripts: `Date` starts at `nowMs` and flows from there, as the
 * Next.js server's clock does (tests/browser/support/fixture-clock.mjs), so the tokens issued at
 * the fixtures' instant are fresh in the browser too. Timers and performance.now are untouched:
 * Lighthouse measures with the trace's own clock. A string, not a function: tsx's helpers would not
 * exist in the page.
 */
function startClockAt(nowMs: number): string {
  return `(() => {
    const RealDate = Date;
    const offset = ${nowMs} - RealDate.now();
    const now = () => RealDate.now() + offset;
    globalThis.Date = new Proxy(RealDate, {
      construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
      apply: () => new RealDate(now()).toString(),
      get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
    });
  })();`;
}

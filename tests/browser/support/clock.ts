// The instant every browser scenario lives at. The fixtures (posts of 20 November, webinars of
// 2 and 3 December 2026, yesterday's audit entries) are written around it, so the browser, the
// Next.js server and the stand-in's tokens all start their clocks here, whatever today's date is.
import { fileURLToPath } from 'node:url';

/** Wednesday 25 November 2026, 9:00 in Toronto. */
export const FIXTURE_NOW = '2026-11-25T14:00:00.000Z';

/** The fixture instant in milliseconds, for Playwright's clock and the stand-in's sessions. */
export const FIXTURE_NOW_MS = Date.parse(FIXTURE_NOW);

/** Node preload (`node --import`) that starts the Next.js server's clock at FIXTURE_NOW. */
export const SERVER_CLOCK_PRELOAD = fileURLToPath(new URL('./fixture-clock.mjs', import.meta.url));

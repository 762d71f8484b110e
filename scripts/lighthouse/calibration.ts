// Lighthouse's CPU slowdown is relative to the machine it runs on. Its mobile preset's 4× "moves a
// typical run in the high-end desktop bracket somewhere into the mid-tier mobile bracket", the
// high-end desktop having a benchmarkIndex of 1500–2000; on a machine outside that range Lighthouse
// says to calibrate the multiplier from the index it reports (GoogleChrome/lighthouse,
// docs/throttling.md, "Calibrating the CPU slowdown"). This machine's two cores are shared, and
// its index moves with the load (about 250–2200 seen), so each run's multiplier follows the index
// Lighthouse measured just before that run's page load (audit.ts): every run emulates the same
// phone, the one 4× makes of a 1750 desktop.

/** The mobile preset's slowdown (lighthouse core/config/constants.js, mobileSlow4G). */
export const PRESET_MULTIPLIER = 4;
/** The middle of the high-end desktop bracket the preset assumes. */
const REFERENCE_INDEX = 1750;

/** The slowdown that brings a machine of `benchmarkIndex` to the preset's phone; never below 1×. */
export function calibratedMultiplier(benchmarkIndex: number): number {
  return Math.max(1, Math.round((PRESET_MULTIPLIER * benchmarkIndex / REFERENCE_INDEX) * 100) / 100);
}

// DESIGN §4's Lighthouse targets, on the median of the runs (audit.ts).
import type { Category, Measurement } from './audit.ts';
import type { Scenario } from './pages.ts';

const TARGETS: Record<Scenario['kind'], Partial<Record<Category, number>>> = {
  public: { performance: 95, accessibility: 100, 'best-practices': 95 },
  'signed-in': { performance: 90, accessibility: 100 },
};

/** The scores a page must reach: its kind's, plus SEO on the one page meant for search engines. */
export function targetsOf(scenario: Scenario): Partial<Record<Category, number>> {
  return { ...TARGETS[scenario.kind], ...(scenario.seo ? { seo: 95 } : {}) };
}

/** "performance 93 < 95"-style lines for each target the measurement misses. */
export function misses(scenario: Scenario, measured: Measurement): string[] {
  return Object.entries(targetsOf(scenario))
    .filter(([category, min]) => measured.scores[category as Category] < min)
    .map(([category, min]) => `${category} ${measured.scores[category as Category]} < ${min}`);
}

/**
 * Points above its performance target that a first run must score to settle the page alone. The
 * other categories do not move from run to run (they read the page, not its timing); performance
 * does, by a few points on a quiet host (Lighthouse's docs/variability.md), so a run that close to
 * the line gets the full median.
 */
export const CLEAR_MARGIN = 3;

/** Whether one run meets every target, performance with CLEAR_MARGIN to spare. */
export function clearlyMeets(scenario: Scenario, measured: Measurement): boolean {
  return Object.entries(targetsOf(scenario)).every(([category, min]) =>
    measured.scores[category as Category] >= min + (category === 'performance' ? CLEAR_MARGIN : 0));
}

/**
 * Whether the page's verdict is known: a first run that clearly meets every target, or a majority
 * of the `runs` runs on each side of each target (the runs left cannot move the median across it;
 * with 3 runs, 2 that agree suffice).
 */
export function verdictKnown(scenario: Scenario, measured: Measurement[], runs: number): boolean {
  if (measured.length === 1 && clearlyMeets(scenario, measured[0])) return true;
  const majority = Math.ceil(runs / 2);
  return Object.entries(targetsOf(scenario)).every(([category, min]) => {
    const passed = measured.filter((m) => m.scores[category as Category] >= min).length;
    return passed >= majority || measured.length - passed >= majority;
  });
}

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
 * Whether the median of `runs` runs already has its verdict: once a majority of them pass a target
 * (or miss it), the runs left cannot move the median across it. With 3 runs, 2 that agree suffice.
 */
export function verdictKnown(scenario: Scenario, measured: Measurement[], runs: number): boolean {
  const majority = Math.ceil(runs / 2);
  return Object.entries(targetsOf(scenario)).every(([category, min]) => {
    const passed = measured.filter((m) => m.scores[category as Category] >= min).length;
    return passed >= majority || measured.length - passed >= majority;
  });
}

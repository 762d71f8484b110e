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
 * The categories `--check` judges: those that read the page, not its timing, so one run is their
 * verdict on any runner. Performance is printed beside them but not judged there: it is a timing,
 * and no test here asserts on one. Its misses are printed all the same.
 */
export function judgedByCheck(category: Category): boolean {
  return category !== 'performance';
}

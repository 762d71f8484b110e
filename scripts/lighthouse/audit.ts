// One Lighthouse navigation of a page, and the median of several. Lighthouse runs with its default
// config: the mobile preset (Moto G Power screen, simulated slow 4G and a CPU slowdown by Lantern),
// all four categories; only the CPU slowdown may be calibrated to this machine (calibration.ts).
// Lantern simulates the load from the observed trace, so the score moves with how long the page's
// tasks took on this machine: the median of an odd number of runs takes that noise out
// (Lighthouse's own guidance on variability).
import lighthouse, { type Result } from 'lighthouse';
import type { Page } from 'puppeteer-core';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Measurement = {
  /** 0–100 per category, as the report shows them. */
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Lighthouse's CPU benchmark of this machine at the run (the 4× preset assumes 1500–2000). */
  benchmarkIndex: number;
  /** The CPU slowdown Lantern applied. */
  cpuSlowdownMultiplier: number;
  /** Scored audits below 1 in each category (id: title), to say what to fix. */
  failing: Record<Category, string[]>;
  warnings: string[];
  html: string;
};

/** Audits `url` in `page`; throws when Lighthouse could not load it (the page's error, not a score). */
export async function auditOnce(page: Page, url: string, cpuSlowdownMultiplier: number): Promise<Measurement> {
  // lighthouse's declared puppeteer Page is its own copy of the type from the same package version.
  // The full-page screenshot only illustrates the report: no audit reads it.
  // The flags' throttling merges into the mobile preset's: only the CPU slowdown changes.
  const flags = { logLevel: 'error' as const, output: 'html' as const, disableFullPageScreenshot: true, throttling: { cpuSlowdownMultiplier } };
  const result = await lighthouse(url, flags, undefined, page as never);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    failing: Object.fromEntries(CATEGORIES.map((category) => [category, failingAudits(lhr, category)])) as Record<Category, string[]>,
    warnings: lhr.runWarnings.map(String),
    html: String(result.report),
  };
}

function numeric(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

function failingAudits(lhr: Result, category: Category): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score}): ${audit.title}`);
}

/**
 * Each score and metric is the median of the runs' own values (of an even count, the lower middle
 * one); the details (failing audits, report) come from the run whose performance score is that median.
 */
export function median(runs: Measurement[]): Measurement {
  const middle = <T>(values: T[], by: (value: T) => number): T => [...values].sort((a, b) => by(a) - by(b))[Math.floor((values.length - 1) / 2)];
  const mid = (pick: (m: Measurement) => number) => pick(middle(runs, pick));
  const representative = middle(runs, (m) => m.scores.performance);
  return {
    ...representative,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, mid((m) => m.scores[category])])) as Record<Category, number>,
    lcpMs: mid((m) => m.lcpMs),
    cls: mid((m) => m.cls),
    tbtMs: mid((m) => m.tbtMs),
    benchmarkIndex: mid((m) => m.benchmarkIndex),
    cpuSlowdownMultiplier: mid((m) => m.cpuSlowdownMultiplier),
  };
}

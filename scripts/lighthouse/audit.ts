// One Lighthouse navigation of a page, and the median of several. Lighthouse runs with its default
// config: the mobile preset (Moto G Power screen, simulated slow 4G and a CPU slowdown by Lantern),
// all four categories; only the CPU slowdown may be calibrated to this machine (calibration.ts).
// A run is two passes of Lighthouse's own pipeline: gather (load the page, save the trace), then
// audit the saved trace. The CPU slowdown only enters the audit (Lantern's simulation; the gather
// pass applies none under simulated throttling), so each run is calibrated with the benchmark
// index measured just before its own page load, not the previous run's.
// Lantern simulates the load from the observed trace, so the score moves with how long the page's
// tasks took on this machine: the median of an odd number of runs takes that noise out
// (Lighthouse's own guidance on variability).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * Audits `url` in `page`, the CPU slowdown given by `slowdownFor` from the run's own benchmark
 * index; throws when Lighthouse could not load it (the page's error, not a score).
 */
export async function auditOnce(page: Page, url: string, slowdownFor: (benchmarkIndex: number) => number): Promise<Measurement> {
  const artifactsDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    // lighthouse's declared puppeteer Page is its own copy of the type from the same package version.
    // The full-page screenshot only illustrates the report: no audit reads it.
    const flags = { logLevel: 'error' as const, output: 'html' as const, disableFullPageScreenshot: true };
    // Gathering uses the preset's slowdown only to shim requestIdleCallback's deadline.
    await lighthouse(url, { ...flags, gatherMode: artifactsDir }, undefined, page as never);
    const artifactsPath = join(artifactsDir, 'artifacts.json');
    const artifacts = JSON.parse(readFileSync(artifactsPath, 'utf8')) as { BenchmarkIndex: number; settings: { throttling: { cpuSlowdownMultiplier: number } } };
    const cpuSlowdownMultiplier = slowdownFor(artifacts.BenchmarkIndex);
    // Lighthouse refuses an audit whose settings differ from the gather's: record the slowdown the
    // audit simulates with, which no gathered artifact depends on.
    artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdownMultiplier;
    writeFileSync(artifactsPath, JSON.stringify(artifacts));
    // The flags' throttling merges into the mobile preset's: only the CPU slowdown changes.
    const result = await lighthouse(url, { ...flags, auditMode: artifactsDir, throttling: { cpuSlowdownMultiplier } });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return measurementOf(result.lhr, String(result.report));
  } finally {
    rmSync(artifactsDir, { recursive: true, force: true });
  }
}

function measurementOf(lhr: Result, html: string): Measurement {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
    html,
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

// The accessibility gate of DESIGN §4: axe-core on the page as rendered; serious or critical
// violations fail the test, lesser ones are printed and attached for the record.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
const BLOCKING = new Set(['serious', 'critical']);

export async function expectNoSeriousA11yViolations(page: Page, label = new URL(page.url()).pathname): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  await test.info().attach(`axe ${label}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const others = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (others.length > 0) console.log(`[axe] ${label}: ${others.length} minor/moderate\n${others.map(format).join('\n')}`);
  expect(blocking.map(format), `serious or critical axe violations on ${label}`).toEqual([]);
}

function format(v: Violation): string {
  const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ');
  return `  ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${targets}) ${v.helpUrl}`;
}

// Supabase's advisors (supabase/splinter) report no ERROR or WARN on the migrated database
// (DESIGN §3). Each lint is our own catalog query; each is also shown to report a planted violation.
import { describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { PERFORMANCE_LINTS } from './advisors/performance-lints.ts';
import type { Lint } from './advisors/scope.ts';
import { SECURITY_LINTS } from './advisors/security-lints.ts';

describe.each([
  ['security advisor', SECURITY_LINTS],
  ['performance advisor', PERFORMANCE_LINTS],
] as const)('%s', (_advisor, lints: Lint[]) => {
  it.each(lints.map((lint) => [`${lint.name} (${lint.level}): ${lint.rule}`, lint] as const))('%s', async (_title, lint) => {
    expect(await lint.findings(db())).toEqual([]);
  });

  it.each(lints.map((lint) => [lint.name, lint] as const))('%s reports a planted violation', async (_name, lint) => {
    const client = await db().connect();
    try {
      await client.query('begin');
      const before = await lint.findings(client);
      await client.query(lint.canary);
      const after = await lint.findings(client);
      expect(after.filter((finding) => !before.includes(finding))).not.toEqual([]);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});

// Supabase's advisors (supabase/splinter) report no ERROR or WARN on the migrated database
// (DESIGN §3). Each lint is our own catalog query; each is also shown to report a planted violation.
import { describe, expect, it } from 'vitest';
import { putObject } from '../support/access-matrix.ts';
import { anon, db, owner } from '../support/db.ts';
import { list } from '../support/storage.ts';
import { createMember } from '../support/world.ts';
import { PERFORMANCE_LINTS } from './advisors/performance-lints.ts';
import { type Lint, unwrappedCalls } from './advisors/scope.ts';
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

// auth_rls_initplan reads policies as pg_policies prints them.
describe('what auth_rls_initplan reports in a policy', () => {
  it.each([
    ['(user_id = ( SELECT auth.uid() AS uid))', []],
    ['(user_id = auth.uid())', ['auth.uid()']],
    ["((auth.jwt() ->> 'aal'::text) = 'aal2'::text)", ['auth.jwt()']],
    ['((storage.foldername(name))[1] = ( SELECT (auth.uid())::text AS uid))', ['auth.uid()']],
    ['((storage.foldername(name))[1] = (( SELECT auth.uid() AS uid))::text)', []],
    ['(( SELECT NULLIF(private.second_factor_met(), false) AS "nullif") IS NOT NULL)', []],
    ['(x IN ( SELECT (id.id)::text AS id FROM private.my_dossier_ids() id(id)))', []],
    ['( SELECT private.can_use_dossier_channel(realtime.topic()) AS can_use)', []],
    ['(EXISTS ( SELECT 1 FROM t WHERE (t.owner = private.my_id())))', ['private.my_id()']],
    ["(private.is_admin() OR (topic = 'x( SELECT '::text))", ['private.is_admin()']],
  ])('in %s: %j', (expression, reported) => {
    expect(unwrappedCalls(expression)).toEqual(reported);
  });
});

// What public_bucket_allows_listing guards, tried through the Storage API as each kind of member.
it('no member lists the files of others in a public bucket, and each lists their own', async () => {
  const { rows: buckets } = await owner<{ id: string }>('select id from storage.buckets where public order by id');
  expect(buckets.map((b) => b.id)).toContain('avatars');
  const holder = await createMember();
  for (const { id: bucket } of buckets) {
    await putObject(bucket, `${holder.id}/avatar.png`, holder.id, 'image/png');
    expect(await list(anon, bucket)).toMatchObject({ ok: true, rows: [] });
  }
  for (const role of ['candidate', 'pro', 'admin'] as const) {
    const member = await createMember({ role });
    for (const { id: bucket } of buckets) {
      await putObject(bucket, `${member.id}/avatar.png`, member.id, 'image/png');
      const listed = await list(member.actor, bucket);
      expect(listed.ok && listed.rows.map((row) => row.name), `${role} lists ${bucket}`).toEqual([`${member.id}/avatar.png`]);
    }
  }
});

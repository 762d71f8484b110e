// Every RPC answers bad input with a French sentence (22023) instead of Postgres' English or a cost
// the caller chooses: a NULL decision, role or status; a page number past the integer range; a
// search of a megabyte; a cancellation reason or moderation note of any length (the reason is copied
// into every registrant's notification and email, the note into the six-year audit log).
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvent, createPost, createRegistration, createReport } from '../support/community.ts';
import { attempt, owner } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';

let admin: Member;
let pro: Member;
let candidate: Member;

beforeAll(async () => {
  [admin, pro, candidate] = await Promise.all([
    createMember({ role: 'admin', fullName: 'Admin Rigoureuse' }),
    createMember({ role: 'pro', fullName: 'Pro Rigoureux' }),
    createMember({ fullName: 'Candidate Ordinaire' }),
  ]);
});

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;
const auditCount = async (targetId: string) =>
  (await one<{ n: number }>('select count(*)::int as n from public.audit_log where target_id = $1', [targetId])).n;

describe('a NULL where a choice is expected', () => {
  it('review_document with no decision is refused in French and the document stays pending', async () => {
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    const { id } = await createDocument(dossier, candidate.id);
    await expectClearFrenchError(await attempt(pro.actor, 'select public.review_document($1, null)', [id]), '22023');
    expect(await one('select status from public.documents where id = $1', [id])).toEqual({ status: 'pending' });
  });

  it('set_user_role with no role is refused in French and the role is kept', async () => {
    const target = await createMember();
    await expectClearFrenchError(await attempt(admin.actor, 'select public.set_user_role($1, null)', [target.id]), '22023');
    expect(await one('select role from public.profiles where id = $1', [target.id])).toEqual({ role: 'candidate' });
    expect(await auditCount(target.id)).toBe(0);
  });

  it('set_account_status with no status is refused in French and the account stays active', async () => {
    const target = await createMember();
    await expectClearFrenchError(await attempt(admin.actor, 'select public.set_account_status($1, null)', [target.id]), '22023');
    expect(await one('select status from public.accounts where user_id = $1', [target.id])).toEqual({ status: 'active' });
  });

  it('resolve_report with no decision is refused in French and the report stays open', async () => {
    const report = await createReport(candidate.id, { postId: await createPost(admin.id) });
    await expectClearFrenchError(await attempt(admin.actor, 'select public.resolve_report($1, null)', [report]), '22023');
    expect(await one('select status from public.reports where id = $1', [report])).toEqual({ status: 'open' });
  });

  it('change_dossier_status with no status is refused in French', async () => {
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'submitted' });
    await expectClearFrenchError(await attempt(pro.actor, 'select public.change_dossier_status($1, null)', [dossier]), '22023');
    expect(await one('select status from public.dossiers where id = $1', [dossier])).toEqual({ status: 'submitted' });
  });

  it('set_post_pinned with neither true nor false is refused in French', async () => {
    const post = await createPost(candidate.id);
    await expectClearFrenchError(await attempt(admin.actor, 'select public.set_post_pinned($1, null)', [post]), '22023');
    expect(await one('select pinned from public.posts where id = $1', [post])).toEqual({ pinned: false });
  });
});

describe('admin_list_users', () => {
  it.each([2_147_483_647, 10_001, 0])('page %i is refused in French, not with "integer out of range"', async (page) => {
    await expectClearFrenchError(await attempt(admin.actor, 'select id from public.admin_list_users(null, $1, 100)', [page]), '22023');
  });

  it('the last page allowed still answers', async () => {
    expect(await attempt(admin.actor, 'select id from public.admin_list_users(null, 10000, 100)')).toMatchObject({ ok: true, rowCount: 0 });
  });

  it('a search over 100 characters is refused in French', async () => {
    await expectClearFrenchError(await attempt(admin.actor, 'select id from public.admin_list_users($1)', ['a'.repeat(101)]), '22023');
  });
});

describe('search_posts', () => {
  it.each([
    ['100 kB', 'permis '.repeat(15_000)],
    ['1 MB', 'visa '.repeat(210_000)],
  ])('a %s query is refused at once, in French (no "stack depth limit exceeded", no seconds of CPU)', async (_size, query) => {
    const started = performance.now();
    const result = await attempt(candidate.actor, 'select rank from public.search_posts($1)', [query]);
    expect(performance.now() - started).toBeLessThan(2000);
    await expectClearFrenchError(result, '22023');
  });

  it('a query of 200 characters is still searched', async () => {
    const query = `${'permis '.repeat(28)}visa`.slice(0, 200);
    expect(query).toHaveLength(200);
    expect(await attempt(candidate.actor, 'select rank from public.search_posts($1)', [query])).toMatchObject({ ok: true });
  });
});

describe('texts copied to other people or kept for years', () => {
  it('cancel_event with a reason over 500 characters is refused in French; nobody is notified', async () => {
    const event = await createEvent();
    await createRegistration(event, candidate.id);
    const result = await attempt(admin.actor, 'select id from public.cancel_event($1, $2)', [event, 'R'.repeat(501)]);
    await expectClearFrenchError(result, '22023');
    expect(await one('select status from public.events where id = $1', [event])).toEqual({ status: 'scheduled' });
    expect(await one(`select count(*)::int as n from public.notifications where user_id = $1 and data ->> 'event_id' = $2`,
      [candidate.id, event])).toEqual({ n: 0 });
  });

  it('a reason of exactly 500 characters is accepted', async () => {
    const event = await createEvent();
    expect(await attempt(admin.actor, 'select id from public.cancel_event($1, $2)', [event, 'R'.repeat(500)])).toMatchObject({ ok: true });
  });

  it('resolve_report with a note over 1000 characters is refused in French; the audit log gets nothing', async () => {
    const report = await createReport(candidate.id, { postId: await createPost(pro.id) });
    const result = await attempt(admin.actor, `select public.resolve_report($1, 'kept', $2)`, [report, 'N'.repeat(1001)]);
    await expectClearFrenchError(result, '22023');
    expect(await auditCount(report)).toBe(0);
    expect(await one('select status from public.reports where id = $1', [report])).toEqual({ status: 'open' });
  });

  it('a note of 1000 characters padded with a megabyte of spaces is refused too', async () => {
    const report = await createReport(candidate.id, { postId: await createPost(pro.id) });
    const note = `${'N'.repeat(1000)}${' '.repeat(1_000_000)}`;
    await expectClearFrenchError(await attempt(admin.actor, `select public.resolve_report($1, 'kept', $2)`, [report, note]), '22023');
    expect(await auditCount(report)).toBe(0);
  });

  it('accept_terms with a megabyte-long version is refused with a short French sentence that does not repeat it', async () => {
    const message = await expectClearFrenchError(
      await attempt(candidate.actor, 'select public.accept_terms($1)', ['v'.repeat(1_000_000)]), '22023');
    expect(message).not.toContain('vvvv');
  });
});

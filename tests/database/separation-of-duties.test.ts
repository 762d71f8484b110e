// Staff never review or decide their own case: nobody is assigned as the pro of their own dossier,
// and no pro or admin moves their own dossier along the staff edges or reviews its documents, or a
// document they uploaded themselves — including a candidate promoted to pro or admin afterwards.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { clearRateLimits, createDocument, createDossier, createMember, type Member } from '../support/world.ts';

let admin: Member;
let pro: Member;

beforeAll(async () => {
  [admin, pro] = await Promise.all([createMember({ role: 'admin', fullName: 'Admin Impartiale' }), createMember({ role: 'pro' })]);
});

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;
const dossierState = (id: string) => one<{ status: string; pro_id: string | null }>('select status, pro_id from public.dossiers where id = $1', [id]);
const documentState = (id: string) => one<{ status: string; reviewed_by: string | null }>('select status, reviewed_by from public.documents where id = $1', [id]);
const auditCount = async (targetId: string) =>
  (await one<{ n: number }>('select count(*)::int as n from public.audit_log where target_id = $1', [targetId])).n;

/** A candidate with a submitted dossier, then promoted by the owner role (as an admin would). */
async function promotedWithDossier(role: 'pro' | 'admin'): Promise<{ member: Member; dossier: string }> {
  const member = await createMember({ fullName: `Candidate devenue ${role}` });
  const dossier = await createDossier(member.id, { status: 'submitted' });
  await owner('update public.profiles set role = $2 where id = $1', [member.id, role]);
  return { member, dossier };
}

describe('assigning a dossier', () => {
  it('an admin cannot make a candidate promoted to pro the pro of their own dossier (22023, in French)', async () => {
    const { member, dossier } = await promotedWithDossier('pro');
    const result = await attempt(admin.actor, 'select id from public.assign_dossier($1, $2)', [dossier, member.id]);
    await expectClearFrenchError(result, '22023');
    expect(await dossierState(dossier)).toEqual({ status: 'submitted', pro_id: null });
    expect(await auditCount(dossier)).toBe(0);
  });

  it('no write path can either: the dossier itself refuses its candidate as its pro (23514, in French)', async () => {
    const { member, dossier } = await promotedWithDossier('pro');
    const direct = await attempt(admin.actor, 'update public.dossiers set pro_id = $2 where id = $1', [dossier, member.id]);
    expect(direct).toMatchObject({ ok: false });
    let refused: unknown;
    try {
      await owner('update public.dossiers set pro_id = $2 where id = $1', [dossier, member.id]);
    } catch (error) {
      refused = error;
    }
    await expectClearFrenchError({ ok: false, code: (refused as { code: string }).code, message: (refused as Error).message }, '23514');
  });

  it('another pro is still assigned as before', async () => {
    const { dossier } = await promotedWithDossier('pro');
    expect(await attempt(admin.actor, 'select id from public.assign_dossier($1, $2)', [dossier, pro.id])).toMatchObject({ ok: true });
    expect(await dossierState(dossier)).toEqual({ status: 'submitted', pro_id: pro.id });
  });
});

describe('deciding a dossier', () => {
  it('a candidate promoted to admin cannot take their own dossier into review, approve or reject it', async () => {
    const { member, dossier } = await promotedWithDossier('admin');
    await clearRateLimits(member.id);
    const review = await attempt(member.actor, `select id from public.change_dossier_status($1, 'in_review')`, [dossier]);
    await expectClearFrenchError(review, '42501');
    await owner(`update public.dossiers set status = 'in_review' where id = $1`, [dossier]);
    for (const decision of ['approved', 'rejected', 'action_required']) {
      const result = await attempt(member.actor, 'select id from public.change_dossier_status($1, $2)', [dossier, decision]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await dossierState(dossier)).toMatchObject({ status: 'in_review' });
    expect(await auditCount(dossier)).toBe(0);
  });

  it('as a candidate they still submit their own draft', async () => {
    const member = await createMember();
    const dossier = await createDossier(member.id);
    await owner(`update public.profiles set role = 'admin' where id = $1`, [member.id]);
    expect(await attempt(member.actor, `select id from public.change_dossier_status($1, 'submitted')`, [dossier])).toMatchObject({ ok: true });
  });

  it('another admin decides it', async () => {
    const { dossier } = await promotedWithDossier('admin');
    expect(await attempt(admin.actor, `select id from public.change_dossier_status($1, 'in_review')`, [dossier])).toMatchObject({ ok: true });
  });
});

describe('reviewing documents', () => {
  it('a candidate promoted to admin cannot review the documents of their own dossier, whoever uploaded them', async () => {
    const { member, dossier } = await promotedWithDossier('admin');
    await owner('update public.dossiers set pro_id = $2 where id = $1', [dossier, pro.id]);
    for (const uploader of [member, pro]) {
      const { id } = await createDocument(dossier, uploader.id);
      const result = await attempt(member.actor, `select id from public.review_document($1, 'approved')`, [id]);
      await expectClearFrenchError(result, '42501');
      expect(await documentState(id)).toEqual({ status: 'pending', reviewed_by: null });
    }
  });

  it.each([['the assigned pro', () => pro], ['an admin', () => admin]])(
    '%s cannot approve a document they uploaded themselves (42501, in French)',
    async (_who, reviewerOf) => {
      const reviewer = reviewerOf();
      const candidate = await createMember();
      const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
      const { id } = await createDocument(dossier, reviewer.id);
      const result = await attempt(reviewer.actor, `select id from public.review_document($1, 'approved')`, [id]);
      await expectClearFrenchError(result, '42501');
      expect(await documentState(id)).toEqual({ status: 'pending', reviewed_by: null });
      expect(await auditCount(id)).toBe(0);
    },
  );

  it("the assigned pro still reviews the candidate's own uploads", async () => {
    const candidate = await createMember();
    const dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
    const { id } = await createDocument(dossier, candidate.id);
    expect(await attempt(pro.actor, `select id from public.review_document($1, 'approved')`, [id])).toMatchObject({ ok: true });
    expect(await documentState(id)).toEqual({ status: 'approved', reviewed_by: pro.id });
  });
});

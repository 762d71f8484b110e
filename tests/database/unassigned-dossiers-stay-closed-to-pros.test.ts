// A pro acts only on the dossiers assigned to them. A dossier without a pro (never assigned, or
// unassigned by an admin) belongs to no pro: none may move it along the staff edges or review its
// documents, even one who knows its ids from an earlier assignment. (The RPCs once compared the
// dossier's null pro_id with the caller and let the unknown result through.)
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner } from '../support/db.ts';
import { expectClearFrenchError } from '../support/french-errors.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';

let candidate: Member;
let pro: Member;

beforeAll(async () => {
  [candidate, pro] = await Promise.all([createMember(), createMember({ role: 'pro', fullName: 'Pro Sans Dossier' })]);
});

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;
const dossierStatus = async (id: string) => (await one<{ status: string }>('select status from public.dossiers where id = $1', [id])).status;
const auditCount = async (targetId: string) =>
  (await one<{ n: number }>('select count(*)::int as n from public.audit_log where target_id = $1', [targetId])).n;

describe('a dossier without a pro', () => {
  it('no pro takes it into review', async () => {
    const dossier = await createDossier(candidate.id, { status: 'submitted' });
    const result = await attempt(pro.actor, `select id from public.change_dossier_status($1, 'in_review')`, [dossier]);
    await expectClearFrenchError(result, 'P0002');
    expect(await dossierStatus(dossier)).toBe('submitted');
    expect(await auditCount(dossier)).toBe(0);
  });

  it('no pro approves, rejects or sends it back, once an admin has unassigned them', async () => {
    const dossier = await createDossier(candidate.id, { status: 'in_review', proId: pro.id });
    await owner('update public.dossiers set pro_id = null where id = $1', [dossier]);
    for (const decision of ['approved', 'rejected', 'action_required']) {
      const result = await attempt(pro.actor, 'select id from public.change_dossier_status($1, $2)', [dossier, decision]);
      expect(result, decision).toMatchObject({ ok: false, code: 'P0002' });
    }
    expect(await dossierStatus(dossier)).toBe('in_review');
    expect(await auditCount(dossier)).toBe(0);
  });

  it('no pro reviews its documents', async () => {
    const dossier = await createDossier(candidate.id, { status: 'submitted' });
    const document = await createDocument(dossier, candidate.id);
    for (const [decision, reason] of [['approved', null], ['rejected', 'Illisible']]) {
      const result = await attempt(pro.actor, 'select id from public.review_document($1, $2, $3)', [document.id, decision, reason]);
      expect(result, decision!).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await one('select status, reviewed_by from public.documents where id = $1', [document.id])).toEqual({
      status: 'pending',
      reviewed_by: null,
    });
    expect(await auditCount(document.id)).toBe(0);
  });

  it('an admin still decides it and reviews its documents', async () => {
    const admin = await createMember({ role: 'admin' });
    const dossier = await createDossier(candidate.id, { status: 'submitted' });
    const document = await createDocument(dossier, candidate.id);
    expect(await attempt(admin.actor, `select id from public.change_dossier_status($1, 'in_review')`, [dossier])).toMatchObject({ ok: true });
    expect(await attempt(admin.actor, `select id from public.review_document($1, 'approved')`, [document.id])).toMatchObject({ ok: true });
    expect(await dossierStatus(dossier)).toBe('in_review');
  });
});

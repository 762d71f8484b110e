// The assigned pro or an admin approves or rejects a document (a rejection needs a reason); the
// reviewer, the time and the audit entry are recorded, and nobody else may review.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../support/audit.ts';
import { attempt, owner, type Actor } from '../support/db.ts';
import { createDocument, createWorld, type Member, type World } from '../support/world.ts';

type Cast = 'candidate' | 'otherCandidate' | 'pro' | 'otherPro' | 'admin' | 'suspended';

let w: World;
const actorOf = (who: Cast): Member => w[who];

beforeAll(async () => {
  w = await createWorld();
});

describe('document review', () => {
  const review = (actor: Actor, documentId: string, decision: string, reason: string | null = null) =>
    attempt(actor, `select status, rejection_reason, reviewed_by from public.review_document($1, $2, $3)`, [
      documentId,
      decision,
      reason,
    ]);
  const docState = async (id: string) =>
    (
      await owner<{ status: string; rejection_reason: string | null; reviewed_by: string | null; recently: boolean }>(
        `select status, rejection_reason, reviewed_by, coalesce(reviewed_at > now() - interval '1 minute', false) as recently
           from public.documents where id = $1`,
        [id],
      )
    ).rows[0];
  const pendingDoc = async () => (await createDocument(w.dossier, w.candidate.id)).id;

  it('the assigned pro approves a document; reviewer, time and audit are recorded', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'approved')).toEqual({
      ok: true,
      rowCount: 1,
      rows: [{ status: 'approved', rejection_reason: null, reviewed_by: w.pro.id }],
    });
    expect(await docState(id)).toEqual({ status: 'approved', rejection_reason: null, reviewed_by: w.pro.id, recently: true });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([
      { actor_id: w.pro.id, details: { decision: 'approved', reason: null } },
    ]);
  });

  it('an admin rejects a document with a reason, kept trimmed', async () => {
    const id = await pendingDoc();
    const result = await review(w.admin.actor, id, 'rejected', '  Document illisible  ');
    expect(result).toMatchObject({ ok: true, rows: [{ status: 'rejected', rejection_reason: 'Document illisible' }] });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([
      { actor_id: w.admin.id, details: { decision: 'rejected', reason: 'Document illisible' } },
    ]);
  });

  it('a rejection without a reason is refused (22023) and leaves the document pending', async () => {
    const id = await pendingDoc();
    for (const reason of [null, '', '   ']) {
      const result = await review(w.pro.actor, id, 'rejected', reason);
      expect(result).toMatchObject({ ok: false, code: '22023' });
      if (!result.ok) expect(result.message).toMatch(/motif est requis/);
    }
    expect(await docState(id)).toMatchObject({ status: 'pending', reviewed_by: null });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });

  it('"pending" is not a decision (22023)', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'pending')).toMatchObject({ ok: false, code: '22023' });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });

  it('approving after a rejection clears the old reason', async () => {
    const id = await pendingDoc();
    expect(await review(w.pro.actor, id, 'rejected', 'Flou')).toMatchObject({ ok: true });
    expect(await review(w.pro.actor, id, 'approved')).toMatchObject({ ok: true, rows: [{ rejection_reason: null }] });
    expect(await auditOf('documents', id, 'document.reviewed')).toHaveLength(2);
  });

  it.each(['candidate', 'otherCandidate', 'otherPro', 'suspended'] as const)('%s cannot review (42501)', async (who) => {
    const id = await pendingDoc();
    for (const [decision, reason] of [['approved', null], ['rejected', 'Non conforme']] as const) {
      expect(await review(actorOf(who).actor, id, decision, reason)).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await docState(id)).toMatchObject({ status: 'pending', reviewed_by: null });
    expect(await auditOf('documents', id, 'document.reviewed')).toEqual([]);
  });
});

// The uploader corrects the kind or the expiry date of a document while it awaits review; once a
// pro or an admin has decided, the document is what was reviewed and nobody rewrites it that way.
// Each bypass is tried as the member who would try it, as PostgREST runs the PATCH.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, nothing, one, refused } from '../support/db.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';

let candidate: Member;
let pro: Member;
let dossier: string;

beforeAll(async () => {
  [candidate, pro] = await Promise.all([createMember({ fullName: 'Candidate Correctrice' }), createMember({ role: 'pro' })]);
  dossier = await createDossier(candidate.id, { proId: pro.id, status: 'in_review' });
});

const correct = (who: Member, id: string) =>
  attempt(who.actor, `update public.documents set kind = 'language_test', expires_on = date '2029-06-30' where id = $1`, [id]);
const stateOf = (id: string) => one(`select kind, expires_on::text, status::text from public.documents where id = $1`, [id]);

describe('correcting a document', () => {
  it('the uploader corrects the kind and the expiry date of a pending document', async () => {
    const doc = await createDocument(dossier, candidate.id, { kind: 'passport' });
    expect(await correct(candidate, doc.id)).toMatchObject({ ok: true, rowCount: 1 });
    expect(await stateOf(doc.id)).toEqual({ kind: 'language_test', expires_on: '2029-06-30', status: 'pending' });
  });

  it.each(['approved', 'rejected'])('the uploader cannot correct a document once %s', async (status) => {
    const doc = await createDocument(dossier, candidate.id, { kind: 'passport', status });
    expect(await correct(candidate, doc.id)).toMatchObject(nothing);
    expect(await stateOf(doc.id)).toEqual({ kind: 'passport', expires_on: null, status });
  });

  it('the assigned pro cannot correct the candidate’s document', async () => {
    const doc = await createDocument(dossier, candidate.id, { kind: 'passport' });
    expect(await correct(pro, doc.id)).toMatchObject(nothing);
    expect(await stateOf(doc.id)).toMatchObject({ kind: 'passport', expires_on: null });
  });

  it('the uploader changes nothing else: file name, status, dossier', async () => {
    const doc = await createDocument(dossier, candidate.id, { kind: 'passport' });
    const other = await createDossier(candidate.id);
    for (const change of [`file_name = 'autre.pdf'`, `status = 'approved'`, `dossier_id = '${other}'`]) {
      expect(await attempt(candidate.actor, `update public.documents set ${change} where id = $1`, [doc.id]), change).toMatchObject(refused);
    }
    expect(await stateOf(doc.id)).toEqual({ kind: 'passport', expires_on: null, status: 'pending' });
  });

  it('an unknown kind is refused with a French sentence', async () => {
    const doc = await createDocument(dossier, candidate.id, { kind: 'passport' });
    const result = await attempt(candidate.actor, `update public.documents set kind = 'selfie' where id = $1`, [doc.id]);
    expect(result).toMatchObject({ ok: false, code: '23503' });
    expect(await stateOf(doc.id)).toMatchObject({ kind: 'passport' });
  });
});

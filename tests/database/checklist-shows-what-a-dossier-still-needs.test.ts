// A dossier's document checklist lists each kind its program requires as approved, pending,
// rejected, expiring, expired or missing, with a readiness percentage; outsiders get none.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, owner, type Actor } from '../support/db.ts';
import { createDocument, createDossier, createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

describe('document checklist and readiness', () => {
  type Item = { kind: string; state: string; document_id: string | null };
  const checklist = async (actor: Actor, id: string) => {
    const result = await attempt<Item>(actor, `select kind, state, document_id from public.dossier_checklist($1)`, [id]);
    expect(result.ok).toBe(true);
    return result.ok ? result.rows : [];
  };
  const readiness = async (actor: Actor, id: string) => {
    const result = await attempt<{ pct: number }>(actor, `select public.dossier_readiness($1) as pct`, [id]);
    expect(result.ok).toBe(true);
    return result.ok ? result.rows[0].pct : undefined;
  };
  /** A document of `kind` in `status`, expiring `days` from today (null: no expiry). */
  async function doc(dossierId: string, kind: string, status: string, days: number | null) {
    const { id } = await createDocument(dossierId, w.candidate.id, { kind, status });
    await owner(`update public.documents set expires_on = current_date + $2::int where id = $1`, [id, days]);
    return id;
  }

  it('lists each required kind in order: approved, pending, rejected, missing, and a 25% readiness', async () => {
    // work_permit requires passport, employment_letter, police_certificate, photo.
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    const passport = await doc(id, 'passport', 'approved', 5 * 365);
    const letter = await doc(id, 'employment_letter', 'pending', null);
    const police = await doc(id, 'police_certificate', 'rejected', null);
    await doc(id, 'birth_certificate', 'approved', null); // not required by this program: not listed

    expect(await checklist(w.candidate.actor, id)).toEqual([
      { kind: 'passport', state: 'approved', document_id: passport },
      { kind: 'employment_letter', state: 'pending', document_id: letter },
      { kind: 'police_certificate', state: 'rejected', document_id: police },
      { kind: 'photo', state: 'missing', document_id: null },
    ]);
    expect(await readiness(w.candidate.actor, id)).toBe(25);
  });

  it('shows expiring (within 60 days) and expired documents; expiring still counts as ready', async () => {
    // visitor_visa requires passport, proof_of_funds, travel_history, photo.
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'visitor_visa', status: 'in_review' });
    await doc(id, 'passport', 'approved', 30);
    await doc(id, 'proof_of_funds', 'approved', -1);
    await doc(id, 'travel_history', 'pending', -10);
    await doc(id, 'photo', 'approved', 0); // valid through today

    const items = await checklist(w.pro.actor, id);
    expect(items.map((i) => [i.kind, i.state])).toEqual([
      ['passport', 'expiring'],
      ['proof_of_funds', 'expired'],
      ['travel_history', 'expired'],
      ['photo', 'expiring'],
    ]);
    expect(await readiness(w.pro.actor, id)).toBe(50);
  });

  it('the 60-day window: 59 days is expiring, 61 days is approved', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    await doc(id, 'passport', 'approved', 59);
    await doc(id, 'photo', 'approved', 61);
    const states = Object.fromEntries((await checklist(w.admin.actor, id)).map((i) => [i.kind, i.state]));
    expect(states).toMatchObject({ passport: 'expiring', photo: 'approved' });
  });

  it('an approved document wins over a newer rejected one of the same kind; all required approved is 100%', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    const passport = await doc(id, 'passport', 'approved', null);
    await doc(id, 'passport', 'rejected', null);
    for (const kind of ['employment_letter', 'police_certificate', 'photo']) await doc(id, kind, 'approved', 400);
    const items = await checklist(w.candidate.actor, id);
    expect(items[0]).toEqual({ kind: 'passport', state: 'approved', document_id: passport });
    expect(items.every((i) => i.state === 'approved')).toBe(true);
    expect(await readiness(w.candidate.actor, id)).toBe(100);
  });

  it('a dossier without documents is 0% ready with every kind missing', async () => {
    const id = await createDossier(w.candidate.id, { programType: 'citizenship' });
    const items = await checklist(w.candidate.actor, id);
    expect(items.map((i) => i.kind)).toEqual(['passport', 'language_test', 'physical_presence', 'tax_documents']);
    expect(items.every((i) => i.state === 'missing')).toBe(true);
    expect(await readiness(w.candidate.actor, id)).toBe(0);
  });

  it('outsiders get no checklist of someone else\'s dossier', async () => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, programType: 'work_permit', status: 'in_review' });
    await doc(id, 'passport', 'approved', null);
    expect(await checklist(w.otherCandidate.actor, id)).toEqual([]);
    expect(await checklist(w.otherPro.actor, id)).toEqual([]);
    expect(await readiness(w.otherCandidate.actor, id)).toBe(0);
    expect(await checklist(w.candidate.actor, id)).toHaveLength(4);
  });
});

// A dossier's next step (public.dossier_next_step) names the one thing to do, who does it and by
// when, the same for its candidate, its pro and admins; outsiders get nothing. The home page's list
// (public.my_next_steps) puts the caller's own steps first. A candidate cannot send a dossier with
// a refused or expired document to the pro, whatever they call; a missing one does not stop them.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, attempt, ok, owner, user } from '../support/db.ts';
import { createDocument, createDossier, createWorld, type Member, type World } from '../support/world.ts';

let w: World;
const staff = (m: Member): Actor => user(m.id, { email: m.email, aal: 'aal2' });

beforeAll(async () => {
  w = await createWorld();
});

type Step = { action: string; actor: string | null; due_on: string | null; task_title: string | null; documents: string[] | null };

const stepAs = async (actor: Actor, dossierId: string) =>
  ok(attempt<Step>(actor, `select action, actor, due_on::text, task_title, documents from public.dossier_next_step($1)`, [dossierId]));

/** The step as the candidate sees it, after checking the pro and an admin see the very same. */
async function stepOf(dossierId: string): Promise<Step> {
  const [asCandidate, asPro, asAdmin] = [await stepAs(w.candidate.actor, dossierId), await stepAs(staff(w.pro), dossierId), await stepAs(staff(w.admin), dossierId)];
  expect(asCandidate).toHaveLength(1);
  expect(asPro).toEqual(asCandidate);
  expect(asAdmin).toEqual(asCandidate);
  return asCandidate[0]!;
}

// work_permit requires, in order: passport, employment_letter, police_certificate, photo.
const workPermit = (status: string, proId: string | null = null) =>
  createDossier(w.candidate.id, { proId: proId ?? w.pro.id, programType: 'work_permit', status });
const allFour = async (dossierId: string, status = 'approved') => {
  for (const kind of ['passport', 'employment_letter', 'police_certificate', 'photo']) await createDocument(dossierId, w.candidate.id, { kind, status });
};
const task = (dossierId: string, title: string, dueOn: string | null, kind: string | null = null, assignee = w.candidate.id) =>
  owner(`insert into public.tasks (dossier_id, assignee_id, created_by, title, due_on, document_kind) values ($1, $2, $3, $4, $5, $6)`,
    [dossierId, assignee, w.pro.id, title, dueOn, kind]);

describe('the next step of a dossier', () => {
  it('asks the candidate of an empty draft for the missing documents, then to submit it', async () => {
    const draft = await workPermit('draft');
    expect(await stepOf(draft)).toEqual({
      action: 'add_documents', actor: 'candidate', due_on: null, task_title: null,
      documents: ['Passeport', 'Lettre d’employeur ou offre d’emploi', 'Certificat de police', 'Photo d’identité'],
    });
    await allFour(draft, 'pending');
    expect(await stepOf(draft)).toMatchObject({ action: 'submit', actor: 'candidate', documents: null });
  });

  it('names the documents in the reader’s language: an English candidate reads them in English, her consultant in French', async () => {
    const draft = await workPermit('draft');
    await task(draft, 'Send the photo', null, 'photo');
    const { locale } = (await owner<{ locale: string }>(`select locale from public.accounts where user_id = $1`, [w.candidate.id])).rows[0]!;
    await owner(`update public.accounts set locale = 'en-CA' where user_id = $1`, [w.candidate.id]);
    try {
      expect((await stepAs(w.candidate.actor, draft))[0]).toMatchObject({ action: 'complete_task', documents: ['ID photo'] });
      await owner(`update public.tasks set status = 'cancelled', closed_at = now() where dossier_id = $1`, [draft]);
      expect((await stepAs(w.candidate.actor, draft))[0]).toMatchObject({
        action: 'add_documents', documents: ['Passport', 'Employer letter or job offer', 'Police certificate', 'ID photo'],
      });
      expect((await stepAs(staff(w.pro), draft))[0]!.documents).toEqual(['Passeport', 'Lettre d’employeur ou offre d’emploi', 'Certificat de police', 'Photo d’identité']);
    } finally {
      await owner(`update public.accounts set locale = $2 where user_id = $1`, [w.candidate.id, locale]);
    }
  });

  it('puts a refused document before anything missing, and names it', async () => {
    const draft = await workPermit('draft');
    await createDocument(draft, w.candidate.id, { kind: 'police_certificate', status: 'rejected' });
    expect(await stepOf(draft)).toMatchObject({ action: 'replace_documents', actor: 'candidate', documents: ['Certificat de police'] });
  });

  it('gives the candidate their open task first, soonest due, with its date and the document it asks for', async () => {
    const dossier = await workPermit('action_required');
    await task(dossier, 'Expliquer le trou dans le parcours', null);
    await task(dossier, 'Envoyer la photo', '2026-12-20', 'photo');
    await task(dossier, 'Note de la pro pour elle-même', '2026-12-01', null, w.pro.id);
    expect(await stepOf(dossier)).toEqual({
      action: 'complete_task', actor: 'candidate', due_on: '2026-12-20', task_title: 'Envoyer la photo', documents: ['Photo d’identité'],
    });
  });

  it('asks the candidate to resubmit once the changes are made, listing what is still missing', async () => {
    const dossier = await workPermit('action_required');
    await createDocument(dossier, w.candidate.id, { kind: 'passport', status: 'approved' });
    expect(await stepOf(dossier)).toMatchObject({
      action: 'resubmit', actor: 'candidate',
      documents: ['Lettre d’employeur ou offre d’emploi', 'Certificat de police', 'Photo d’identité'],
    });
  });

  it('waits on an admin for an unassigned submitted dossier, then on its pro to review and decide', async () => {
    const unassigned = await createDossier(w.candidate.id, { proId: null, programType: 'work_permit', status: 'submitted' });
    expect((await stepAs(w.candidate.actor, unassigned))[0]).toMatchObject({ action: 'assign_pro', actor: 'admin' });
    expect(await stepOf(await workPermit('submitted'))).toMatchObject({ action: 'start_review', actor: 'pro' });

    const inReview = await workPermit('in_review');
    await createDocument(inReview, w.candidate.id, { kind: 'passport', status: 'approved' });
    await createDocument(inReview, w.candidate.id, { kind: 'photo', status: 'pending' });
    expect(await stepOf(inReview)).toMatchObject({ action: 'review_documents', actor: 'pro', documents: ['Photo d’identité'] });
    await owner(`update public.documents set status = 'approved' where dossier_id = $1`, [inReview]);
    expect(await stepOf(inReview)).toMatchObject({ action: 'decide', actor: 'pro', documents: null });
  });

  it('asks the pro to close a decided dossier, and nobody anything once it is closed', async () => {
    expect(await stepOf(await workPermit('approved'))).toMatchObject({ action: 'close', actor: 'pro' });
    expect(await stepOf(await workPermit('closed'))).toMatchObject({ action: 'none', actor: null });
  });

  it('answers nothing to another candidate, a pro it is not assigned to, or the anonymous role', async () => {
    const dossier = await workPermit('draft');
    expect(await stepAs(w.otherCandidate.actor, dossier)).toEqual([]);
    expect(await stepAs(staff(w.otherPro), dossier)).toEqual([]);
    expect(await attempt({ kind: 'anon' }, 'select * from public.dossier_next_step($1)', [dossier])).toMatchObject({ ok: false, code: '42501' });
  });
});

describe('the home page\'s next steps', () => {
  it('lists a member\'s open dossiers with their own steps first, soonest due first', async () => {
    const { candidate, pro, dossier: inReview } = await createWorld(); // its dossier: in review, a document pending
    const waiting = await createDossier(candidate.id, { proId: pro.id, programType: 'work_permit', status: 'submitted', title: 'Attend la pro' });
    const later = await createDossier(candidate.id, { proId: pro.id, programType: 'work_permit', status: 'in_review', title: 'Tâche lointaine' });
    const sooner = await createDossier(candidate.id, { proId: pro.id, programType: 'work_permit', status: 'in_review', title: 'Tâche proche' });
    await createDossier(candidate.id, { proId: pro.id, programType: 'work_permit', status: 'closed', title: 'Clos' });
    await owner(`insert into public.tasks (dossier_id, assignee_id, title, due_on) values ($1, $3, 'Plus tard', '2027-01-10'), ($2, $3, 'Bientôt', '2026-12-10')`,
      [later, sooner, candidate.id]);

    const mine = await ok(attempt<{ title: string; action: string; actor: string; candidate_name: string; pro_name: string }>(candidate.actor,
      'select title, action, actor, candidate_name, pro_name from public.my_next_steps()'));
    expect(mine.map((s) => [s.title, s.action, s.actor])).toEqual([
      ['Tâche proche', 'complete_task', 'candidate'],
      ['Tâche lointaine', 'complete_task', 'candidate'],
      ['Attend la pro', 'start_review', 'pro'],
      ['Dossier de test', 'review_documents', 'pro'],
    ]);
    expect(mine[0]).toMatchObject({ candidate_name: 'Candidate Propriétaire', pro_name: 'Pro Assignée' });

    const theirs = await ok(attempt<{ dossier_id: string; actor: string }>(staff(pro), 'select dossier_id, actor from public.my_next_steps()'));
    expect(theirs.map((s) => [s.dossier_id, s.actor])).toEqual([[waiting, 'pro'], [inReview, 'pro'], [sooner, 'candidate'], [later, 'candidate']]);
  });
});

describe('submitting a dossier', () => {
  const submit = (actor: Actor, dossierId: string) =>
    attempt<{ status: string }>(actor, `select status from public.change_dossier_status($1, 'submitted')`, [dossierId]);

  it('is refused while a document is refused or expired, naming it, whatever the candidate sends', async () => {
    const draft = await workPermit('draft');
    await createDocument(draft, w.candidate.id, { kind: 'passport', status: 'rejected' });
    const photo = await createDocument(draft, w.candidate.id, { kind: 'photo', status: 'approved' });
    await owner(`update public.documents set expires_on = current_date - 1 where id = $1`, [photo.id]);
    const refused = await submit(w.candidate.actor, draft);
    expect(refused).toMatchObject({ ok: false, code: '55000' });
    expect(refused.ok ? '' : refused.message).toBe('Remplacez d’abord ces documents refusés ou expirés : Passeport, Photo d’identité.');
    expect((await owner(`select status from public.dossiers where id = $1`, [draft])).rows[0]).toEqual({ status: 'draft' });
  });

  it('is refused on resubmission until the refused document is replaced', async () => {
    const dossier = await workPermit('action_required');
    await createDocument(dossier, w.candidate.id, { kind: 'employment_letter', status: 'rejected' });
    expect(await submit(w.candidate.actor, dossier)).toMatchObject({ ok: false, code: '55000' });
    await createDocument(dossier, w.candidate.id, { kind: 'employment_letter', status: 'pending' });
    expect(await submit(w.candidate.actor, dossier)).toMatchObject({ ok: true, rows: [{ status: 'submitted' }] });
  });

  it('lets a draft with missing documents go: the screens warn, the pro decides what the case needs', async () => {
    const draft = await workPermit('draft');
    expect(await submit(w.candidate.actor, draft)).toMatchObject({ ok: true, rows: [{ status: 'submitted' }] });
  });
});

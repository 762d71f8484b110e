// Tasks of a dossier: the assigned pro (or an admin) gives them, the assignee ticks them off, the
// pro reopens or cancels them; a document request follows the documents of its kind (an upload
// submits it, the approval closes it, a rejection reopens it with the reason); every change is in
// the timeline. Each bypass is tried as the member who would try it.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, attempt, claimsFor, inTransaction, ok, owner, user } from '../support/db.ts';
import { clearRateLimits, createDocument, createDossier, createWorld, type Member, type World } from '../support/world.ts';

let w: World;
const staff = (m: Member): Actor => user(m.id, { email: m.email, aal: 'aal2' });

beforeAll(async () => {
  w = await createWorld();
});

const createTask = (actor: Actor, dossierId: string, fields: { title?: string; due?: string; kind?: string; assignee?: string } = {}) =>
  attempt<{ id: string; status: string; assignee_id: string }>(
    actor,
    `select id, status, assignee_id from public.create_task($1, $2, 'Une note', $3::date, $4, $5)`,
    [dossierId, fields.title ?? 'Envoyer le certificat de police', fields.due ?? '2026-12-05', fields.kind ?? null, fields.assignee ?? null],
  );
const taskOf = async (id: string) =>
  (await owner<{ status: string; reason: string | null; document_id: string | null; closed: boolean }>(
    `select status, reason, document_id, closed_at is not null as closed from public.tasks where id = $1`,
    [id],
  )).rows[0];
const timelineOf = async (id: string) =>
  (await owner<{ event: string; actor_id: string | null; note: string | null }>(
    `select event, actor_id, note from public.task_events where task_id = $1 order by id`,
    [id],
  )).rows;
const upload = async (member: Member, dossierId: string, kind: string) => {
  await clearRateLimits(member.id);
  const [row] = await ok(attempt<{ id: string }>(member.actor, `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes)
    values ($1, $2, 'certificat.pdf', 'application/pdf', 1024) returning id`, [dossierId, kind]));
  return row!.id;
};

describe('a document request', () => {
  it('is submitted by an upload of its kind, reopened with the reason of a rejection, closed by the approval', async () => {
    const [task] = await ok(createTask(staff(w.pro), w.dossier, { kind: 'police_certificate' }));
    expect(task).toMatchObject({ status: 'open', assignee_id: w.candidate.id });
    const told = await owner(`select title, link from public.notifications where user_id = $1 and kind = 'task_assigned'`, [w.candidate.id]);
    expect(told.rows).toEqual([{ title: 'Nouvelle tâche : Envoyer le certificat de police', link: `/dossiers/${w.dossier}` }]);

    await upload(w.candidate, w.dossier, 'passport'); // another kind leaves it open
    expect(await taskOf(task!.id)).toMatchObject({ status: 'open', document_id: null });

    const first = await upload(w.candidate, w.dossier, 'police_certificate');
    expect(await taskOf(task!.id)).toMatchObject({ status: 'submitted', document_id: first });

    await ok(attempt(staff(w.pro), `select public.review_document($1, 'rejected', 'Certificat expiré')`, [first]));
    expect(await taskOf(task!.id)).toEqual({ status: 'open', reason: 'Certificat expiré', document_id: null, closed: false });

    const second = await upload(w.candidate, w.dossier, 'police_certificate');
    expect(await taskOf(task!.id)).toMatchObject({ status: 'submitted', document_id: second });
    await ok(attempt(staff(w.pro), `select public.review_document($1, 'approved')`, [second]));
    expect(await taskOf(task!.id)).toEqual({ status: 'done', reason: null, document_id: second, closed: true });

    expect(await timelineOf(task!.id)).toEqual([
      { event: 'created', actor_id: w.pro.id, note: null },
      { event: 'document_submitted', actor_id: w.candidate.id, note: 'certificat.pdf' },
      { event: 'document_rejected', actor_id: w.pro.id, note: 'Certificat expiré' },
      { event: 'document_submitted', actor_id: w.candidate.id, note: 'certificat.pdf' },
      { event: 'document_approved', actor_id: w.pro.id, note: 'certificat.pdf' },
    ]);
  });

  it('cannot be ticked off by hand, and goes back to open when its pending document is withdrawn', async () => {
    const [task] = await ok(createTask(staff(w.pro), w.dossier, { kind: 'medical_exam' }));
    expect(await attempt(w.candidate.actor, `select public.complete_task($1)`, [task!.id])).toMatchObject({ ok: false, code: '55000' });
    const doc = await upload(w.candidate, w.dossier, 'medical_exam');
    expect(await taskOf(task!.id)).toMatchObject({ status: 'submitted' });
    await ok(attempt(w.candidate.actor, `delete from public.documents where id = $1 returning id`, [doc]));
    expect(await taskOf(task!.id)).toMatchObject({ status: 'open', document_id: null });
    expect((await timelineOf(task!.id)).map((e) => e.event)).toEqual(['created', 'document_submitted', 'document_withdrawn']);
  });
});

describe('a plain task', () => {
  it('is marked done by its assignee, reopened and cancelled by the pro, each change in the timeline', async () => {
    const [task] = await ok(createTask(staff(w.pro), w.dossier, { title: 'Signer le mandat' }));
    expect(await attempt(staff(w.pro), `select public.complete_task($1)`, [task!.id])).toMatchObject({ ok: false, code: 'P0002' });
    await ok(attempt(w.candidate.actor, `select public.complete_task($1)`, [task!.id]));
    expect(await taskOf(task!.id)).toMatchObject({ status: 'done', closed: true });
    await ok(attempt(staff(w.pro), `select public.reopen_task($1, 'Il manque la deuxième page')`, [task!.id]));
    expect(await taskOf(task!.id)).toMatchObject({ status: 'open', reason: 'Il manque la deuxième page', closed: false });
    await ok(attempt(staff(w.pro), `select public.cancel_task($1, 'Plus nécessaire')`, [task!.id]));
    expect(await taskOf(task!.id)).toMatchObject({ status: 'cancelled', closed: true });
    expect(await attempt(w.candidate.actor, `select public.complete_task($1)`, [task!.id])).toMatchObject({ ok: false, code: '55000' });
    expect((await timelineOf(task!.id)).map((e) => [e.event, e.actor_id])).toEqual([
      ['created', w.pro.id], ['done', w.candidate.id], ['reopened', w.pro.id], ['cancelled', w.pro.id],
    ]);
    const audit = await owner(`select action from public.audit_log where target_id = $1 order by id`, [task!.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['task.created', 'task.reopened', 'task.cancelled']);
  });

  it('a pro gives one to themselves, and an admin gives one to the candidate', async () => {
    const [mine] = await ok(createTask(staff(w.pro), w.dossier, { title: 'Relire le formulaire', assignee: w.pro.id }));
    expect(mine).toMatchObject({ assignee_id: w.pro.id });
    await ok(attempt(staff(w.pro), `select public.complete_task($1)`, [mine!.id]));
    const [given] = await ok(createTask(staff(w.admin), w.dossier, { title: 'Photo d’identité' }));
    expect(given).toMatchObject({ assignee_id: w.candidate.id });
  });
});

describe('bypasses', () => {
  let task: string;
  beforeAll(async () => {
    task = (await ok(createTask(staff(w.pro), w.dossier, { title: 'Tâche convoitée' })))[0]!.id;
  });

  it.each([
    ['the candidate', () => w.candidate.actor],
    ['another candidate', () => w.otherCandidate.actor],
    ['an unassigned pro', () => staff(w.otherPro)],
    ['a suspended candidate', () => w.suspended.actor],
  ])('%s cannot create, reopen or cancel a task of the dossier', async (_who, actorOf) => {
    const actor = actorOf();
    expect(await createTask(actor, w.dossier)).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(actor, `select public.cancel_task($1)`, [task])).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(actor, `select public.reopen_task($1)`, [task])).toMatchObject({ ok: false, code: '42501' });
  });

  it('a suspended candidate cannot give tasks on their own dossier nor tick one off', async () => {
    expect(await createTask(w.suspended.actor, w.suspendedDossier)).toMatchObject({ ok: false, code: '42501' });
    const [own] = (await owner<{ id: string }>(
      `insert into public.tasks (dossier_id, assignee_id, title) values ($1, $2, 'Avant la suspension') returning id`,
      [w.suspendedDossier, w.suspended.id],
    )).rows;
    expect(await attempt(w.suspended.actor, `select public.complete_task($1)`, [own!.id])).toMatchObject({ ok: false, code: '42501' });
  });

  it('a task goes only to the candidate or to its author', async () => {
    expect(await createTask(staff(w.pro), w.dossier, { assignee: w.otherCandidate.id })).toMatchObject({ ok: false, code: '22023' });
  });

  it('nobody else ticks off the candidate’s task', async () => {
    for (const actor of [w.otherCandidate.actor, staff(w.pro), staff(w.admin)]) {
      expect(await attempt(actor, `select public.complete_task($1)`, [task])).toMatchObject({ ok: false, code: 'P0002' });
    }
    expect(await taskOf(task)).toMatchObject({ status: 'open' });
  });

  it('nobody writes tasks or their timeline directly', async () => {
    for (const actor of [w.candidate.actor, staff(w.pro), staff(w.admin)]) {
      expect(await attempt(actor, `update public.tasks set status = 'done' where id = $1`, [task])).toMatchObject({ ok: false, code: '42501' });
      expect(await attempt(actor, `insert into public.task_events (task_id, dossier_id, event) values ($1, $2, 'done')`, [task, w.dossier]))
        .toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('staff without their second factor cannot give, reopen or cancel tasks while it is required', async () => {
    const outcomes: Record<string, string> = {};
    await inTransaction([], async (q) => {
      await q.query(`update private.settings set require_staff_mfa = true`);
      for (const [who, member] of [['pro', w.pro], ['admin', w.admin]] as const) {
        for (const aal of ['aal1', 'aal2'] as const) {
          for (const [name, sql, params] of [
            ['create', `select id from public.create_task($1, 'Sans 2FA')`, [w.dossier]],
            ['cancel', `select id from public.cancel_task($1)`, [task]],
          ] as const) {
            await q.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
              JSON.stringify(await claimsFor(user(member.id, { aal }))),
            ]);
            await q.query('savepoint try');
            try {
              await q.query(sql, [...params]);
              outcomes[`${who} ${aal} ${name}`] = 'ok';
            } catch (error) {
              outcomes[`${who} ${aal} ${name}`] = (error as { code: string }).code;
            }
            await q.query('rollback to savepoint try');
            await q.query(`select set_config('role', 'postgres', true)`);
          }
        }
      }
    }, { rollback: true });
    expect(outcomes).toEqual({
      'pro aal1 create': '42501', 'pro aal1 cancel': '42501', 'pro aal2 create': 'ok', 'pro aal2 cancel': 'ok',
      'admin aal1 create': '42501', 'admin aal1 cancel': '42501', 'admin aal2 create': 'ok', 'admin aal2 cancel': 'ok',
    });
  });
});

describe('reading tasks', () => {
  it('the dossier’s members and admins read its tasks and timeline; others see nothing', async () => {
    const [task] = await ok(createTask(staff(w.pro), w.dossier, { title: 'Lisible' }));
    for (const [actor, seen] of [
      [w.candidate.actor, 1], [staff(w.pro), 1], [staff(w.admin), 1], [w.otherCandidate.actor, 0], [staff(w.otherPro), 0],
    ] as const) {
      expect(await attempt(actor, `select id from public.tasks where id = $1`, [task!.id])).toMatchObject({ ok: true, rowCount: seen });
      expect(await attempt(actor, `select id from public.task_events where task_id = $1`, [task!.id])).toMatchObject({ ok: true, rowCount: seen });
    }
  });

  it('a draft dossier with a submitted request is deleted with its tasks and documents', async () => {
    const draft = await createDossier(w.candidate.id, { proId: w.pro.id });
    const [task] = (await owner<{ id: string }>(
      `insert into public.tasks (dossier_id, assignee_id, title, document_kind) values ($1, $2, 'Photo', 'photo') returning id`,
      [draft, w.candidate.id],
    )).rows;
    await createDocument(draft, w.candidate.id, { kind: 'photo' });
    expect(await taskOf(task!.id)).toMatchObject({ status: 'submitted' });
    await ok(attempt(w.candidate.actor, `delete from public.dossiers where id = $1 returning id`, [draft]));
    expect(await owner(`select id from public.tasks where dossier_id = $1`, [draft])).toMatchObject({ rowCount: 0 });
  });
});

// Members try to take over a dossier, set the status of their own documents, or fake read
// receipts and senders in the chat. Each attempt must be refused and change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, one } from '../support/db.ts';
import { clearRateLimits, createDocument, createDossier, createMessage, createWorld, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

describe('taking over a dossier', () => {
  const ownership = (id: string) => one(`select candidate_id, pro_id from public.dossiers where id = $1`, [id]);

  it.each([
    ['candidate', 'candidate_id', 'otherCandidate'],
    ['candidate', 'pro_id', 'otherPro'],
    ['pro', 'pro_id', 'otherPro'],
    ['pro', 'candidate_id', 'otherCandidate'],
    ['admin', 'pro_id', 'otherPro'],
    ['admin', 'candidate_id', 'otherCandidate'],
  ] as const)('%s cannot rewrite %s (42501)', async (who, column, target) => {
    const id = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'action_required' });
    const result = await attempt(w[who].actor, `update public.dossiers set ${column} = $2 where id = $1`, [id, w[target].id]);
    expect(result).toMatchObject({ ok: false, code: '42501' });
    expect(await ownership(id)).toEqual({ candidate_id: w.candidate.id, pro_id: w.pro.id });
  });

  it('a candidate cannot open a dossier in someone else\'s name, or with a pro of their choice', async () => {
    const count = async () => Number((await one<{ n: string }>(`select count(*) as n from public.dossiers`)).n);
    const before = await count();
    const asOther = await attempt(
      w.candidate.actor,
      `insert into public.dossiers (candidate_id, program_type, title) values ($1, 'study_permit', 'Pour un autre')`,
      [w.otherCandidate.id],
    );
    expect(asOther).toMatchObject({ ok: false, code: '42501' });
    const withPro = await attempt(
      w.candidate.actor,
      `insert into public.dossiers (pro_id, program_type, title) values ($1, 'study_permit', 'Avec ma pro')`,
      [w.otherPro.id],
    );
    expect(withPro).toMatchObject({ ok: false, code: '42501' });
    const approved = await attempt(
      w.candidate.actor,
      `insert into public.dossiers (status, program_type, title) values ('approved', 'study_permit', 'Déjà approuvé')`,
    );
    expect(approved).toMatchObject({ ok: false, code: '42501' });
    expect(await count()).toBe(before);
  });
});

describe('document status', () => {
  const state = (id: string) => one(`select status, reviewed_by, rejection_reason, dossier_id from public.documents where id = $1`, [id]);

  it.each([
    [`status = 'approved'`],
    [`reviewed_by = auth.uid(), reviewed_at = now()`],
    [`rejection_reason = 'Rien'`],
    [`dossier_id = '00000000-0000-4000-8000-000000000000'`],
    [`uploaded_by = auth.uid()`],
  ])('the candidate cannot set %s on their document', async (assignment) => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    const result = await attempt(w.candidate.actor, `update public.documents set ${assignment} where id = $1`, [id]);
    expect(result).toMatchObject({ ok: false, code: '42501' });
    expect(await state(id)).toEqual({ status: 'pending', reviewed_by: null, rejection_reason: null, dossier_id: w.dossier });
  });

  it('the candidate cannot review their own document, nor upload one already approved', async () => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    expect(await attempt(w.candidate.actor, `select public.review_document($1, 'approved')`, [id])).toMatchObject({
      ok: false,
      code: '42501',
    });
    expect(await state(id)).toMatchObject({ status: 'pending', reviewed_by: null });

    await clearRateLimits(w.candidate.id);
    const preApproved = await attempt(
      w.candidate.actor,
      `insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes, status)
       values ($1, 'passport', 'passeport.pdf', 'application/pdf', 100, 'approved')`,
      [w.dossier],
    );
    expect(preApproved).toMatchObject({ ok: false, code: '42501' });
  });

  it('even the assigned pro sets a status only through review_document', async () => {
    const { id } = await createDocument(w.dossier, w.candidate.id);
    const result = await attempt(w.pro.actor, `update public.documents set status = 'approved' where id = $1`, [id]);
    expect(result).toMatchObject({ ok: false, code: '42501' });
    expect(await state(id)).toMatchObject({ status: 'pending' });
  });
});

describe('read receipts', () => {
  const readAt = async (id: string) =>
    (await one<{ read_at: Date | null; recent: boolean | null }>(
      `select read_at, read_at > now() - interval '1 minute' as recent from public.messages where id = $1`,
      [id],
    ));

  it('the sender cannot mark their own message read, directly or through mark_dossier_messages_read', async () => {
    const id = await createMessage(w.dossier, w.candidate.id, 'Mon propre message');
    const direct = await attempt(w.candidate.actor, `update public.messages set read_at = now() where id = $1`, [id]);
    expect(direct).toMatchObject({ ok: true, rowCount: 0 });
    await attempt(w.candidate.actor, `select public.mark_dossier_messages_read($1)`, [w.dossier]);
    expect((await readAt(id)).read_at).toBeNull();
  });

  it('an admin reading the chat leaves the receipts to the candidate and the pro', async () => {
    const id = await createMessage(w.dossier, w.candidate.id, 'Pour mon professionnel');
    const marked = await attempt<{ n: number }>(w.admin.actor, `select public.mark_dossier_messages_read($1) as n`, [w.dossier]);
    expect(marked).toMatchObject({ ok: true, rows: [{ n: 0 }] });
    expect(await attempt(w.admin.actor, `update public.messages set read_at = now() where id = $1`, [id]))
      .toMatchObject({ ok: true, rowCount: 0 });
    expect((await readAt(id)).read_at).toBeNull();
    await attempt(w.pro.actor, `select public.mark_dossier_messages_read($1)`, [w.dossier]);
    expect((await readAt(id)).recent).toBe(true);
  });

  it('the reader\'s stamp is the server\'s time: it cannot be backdated, unset or moved later', async () => {
    const id = await createMessage(w.dossier, w.candidate.id, 'À lire');
    const backdated = await attempt(w.pro.actor, `update public.messages set read_at = '2001-01-01' where id = $1`, [id]);
    expect(backdated).toMatchObject({ ok: true, rowCount: 1 });
    const stamped = await readAt(id);
    expect(stamped.recent).toBe(true);

    for (const value of [null, '2001-01-01', '2099-01-01']) {
      await attempt(w.pro.actor, `update public.messages set read_at = $2 where id = $1`, [id, value]);
      expect((await readAt(id)).read_at).toEqual(stamped.read_at);
    }
  });

  it('outsiders cannot stamp, and nobody rewrites a body or a sender', async () => {
    const id = await createMessage(w.dossier, w.pro.id, 'Original');
    expect(await attempt(w.otherCandidate.actor, `update public.messages set read_at = now() where id = $1`, [id])).toMatchObject({
      ok: true,
      rowCount: 0,
    });
    for (const member of [w.candidate, w.pro, w.admin]) {
      for (const assignment of [`body = 'Modifié'`, `sender_id = auth.uid()`]) {
        const result = await attempt(member.actor, `update public.messages set ${assignment} where id = $1`, [id]);
        expect(result).toMatchObject({ ok: false, code: '42501' });
      }
    }
    await clearRateLimits(w.candidate.id);
    const forged = await attempt(
      w.candidate.actor,
      `insert into public.messages (dossier_id, sender_id, body) values ($1, $2, 'Au nom de la pro')`,
      [w.dossier, w.pro.id],
    );
    expect(forged).toMatchObject({ ok: false, code: '42501' });
    expect(await one(`select body, sender_id, read_at from public.messages where id = $1`, [id])).toEqual({
      body: 'Original',
      sender_id: w.pro.id,
      read_at: null,
    });
  });
});

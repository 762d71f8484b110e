// Every way a member might try to get more than they were given: promote themselves, take over a
// dossier, review their own documents, fake read receipts, reach other dossiers' files and channels,
// keep acting while suspended or without a second factor, rewrite the audit trail, read auth.users,
// or use the app before consenting to the terms. Each attempt must be refused and change nothing.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/auth.ts';
import {
  anon,
  attempt,
  claimsFor,
  inTransaction,
  owner,
  roleOf,
  serviceRole,
  user,
  type Actor,
  type Attempt,
  type Query,
} from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { download, list, remove, upload } from '../support/storage.ts';
import {
  TERMS_VERSION,
  clearRateLimits,
  createDocument,
  createDossier,
  createMember,
  createMessage,
  createWorld,
  type Member,
  type World,
} from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
});

// The type and size createDocument() declares on its rows: an upload must match them.
const pdf = { mimetype: 'application/pdf', size: 1024 };

function caught(error: unknown): Attempt {
  if (error instanceof pg.DatabaseError) return { ok: false, code: error.code ?? '', message: error.message };
  throw error;
}

/** One statement as `actor` (or as the owner with `'owner'`) in a transaction that is always rolled back. */
async function probe(actor: Actor | 'owner', sql: string, params: unknown[] = []): Promise<Attempt> {
  const settings: [string, string][] =
    actor === 'owner'
      ? [['search_path', 'public, extensions']]
      : [['role', roleOf(actor)], ['request.jwt.claims', JSON.stringify(await claimsFor(actor))]];
  try {
    const result = await inTransaction(settings, (q) => q.query(sql, params), { rollback: true });
    return { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 };
  } catch (error) {
    return caught(error);
  }
}

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await owner<R>(sql, params)).rows[0];
const roleOfUser = async (id: string) => (await one<{ role: string }>(`select role from public.profiles where id = $1`, [id])).role;
const auditBy = async (actorId: string) =>
  Number((await one<{ n: string }>(`select count(*) as n from public.audit_log where actor_id = $1`, [actorId])).n);

describe('self-promotion', () => {
  it.each(['candidate', 'pro'] as const)('a %s cannot write their own role into profiles', async (who) => {
    const member = w[who];
    const before = await roleOfUser(member.id);
    for (const role of ['pro', 'admin']) {
      const result = await attempt(member.actor, `update public.profiles set role = $2 where id = $1`, [member.id, role]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await roleOfUser(member.id)).toBe(before);
  });

  it('nobody inserts a profile of their own choosing', async () => {
    const { id } = await signUp(); // has a profile already; a second one, or one for someone else, is refused
    const result = await attempt(user(id), `insert into public.profiles (id, full_name, role) values ($1, 'Moi', 'admin')`, [
      crypto.randomUUID(),
    ]);
    expect(result).toMatchObject({ ok: false, code: '42501' });
  });

  it.each(['admin', 'pro'])('sign-up metadata claiming role "%s" still makes a candidate', async (role) => {
    const { id } = await signUp({ metadata: { role, terms_version: TERMS_VERSION } });
    expect(await roleOfUser(id)).toBe('candidate');
    const me = user(id);
    expect(await attempt(me, `select private.my_role() as role, private.is_admin() as admin`)).toMatchObject({
      ok: true,
      rows: [{ role: 'candidate', admin: false }],
    });
    expect(await attempt(me, `select public.assign_dossier($1, null)`, [w.otherDossier])).toMatchObject({ ok: false, code: '42501' });
  });

  it('a candidate or pro cannot call set_user_role, on themselves or anyone else', async () => {
    const auditBefore = [await auditBy(w.candidate.id), await auditBy(w.pro.id)];
    for (const member of [w.candidate, w.pro]) {
      for (const target of [member.id, w.otherCandidate.id]) {
        const result = await attempt(member.actor, `select public.set_user_role($1, 'admin')`, [target]);
        expect(result).toMatchObject({ ok: false, code: '42501' });
      }
    }
    expect(await roleOfUser(w.candidate.id)).toBe('candidate');
    expect(await roleOfUser(w.pro.id)).toBe('pro');
    expect(await roleOfUser(w.otherCandidate.id)).toBe('candidate');
    expect([await auditBy(w.candidate.id), await auditBy(w.pro.id)]).toEqual(auditBefore);
  });

  it('an admin cannot change their own role or suspend themselves', async () => {
    const admin = await createMember({ role: 'admin' });
    for (const role of ['candidate', 'pro', 'admin']) {
      const result = await attempt(admin.actor, `select public.set_user_role($1, $2)`, [admin.id, role]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    expect(await attempt(admin.actor, `select public.set_account_status($1, 'suspended')`, [admin.id])).toMatchObject({
      ok: false,
      code: '42501',
    });
    expect(await roleOfUser(admin.id)).toBe('admin');
    expect(await auditBy(admin.id)).toBe(0);
  });

  it('nobody writes accounts.status directly: not to reactivate themselves, nor to suspend another', async () => {
    const attempts: [Member, string, string][] = [
      [w.suspended, w.suspended.id, 'active'],
      [w.candidate, w.otherCandidate.id, 'suspended'],
      [w.admin, w.otherCandidate.id, 'suspended'], // admins go through set_account_status
    ];
    for (const [member, target, status] of attempts) {
      const result = await attempt(member.actor, `update public.accounts set status = $2 where user_id = $1`, [target, status]);
      expect(result).toMatchObject({ ok: false, code: '42501' });
    }
    const { rows } = await owner(`select user_id, status from public.accounts where user_id = any($1) order by status`, [
      [w.suspended.id, w.otherCandidate.id],
    ]);
    expect(rows).toEqual([
      { user_id: w.otherCandidate.id, status: 'active' },
      { user_id: w.suspended.id, status: 'suspended' },
    ]);
  });

  it('members cannot switch off the staff second factor or the write limit (private.settings, rate_limits)', async () => {
    for (const actor of [w.candidate.actor, w.admin.actor, anon]) {
      expect(await probe(actor, `update private.settings set require_staff_mfa = false, write_interval = '0'`)).toMatchObject({
        ok: false,
        code: '42501',
      });
      expect(await probe(actor, `delete from private.rate_limits`)).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('members cannot loosen the documents bucket limits that the documents rows are checked against', async () => {
    const before = await one(`select file_size_limit, allowed_mime_types from storage.buckets where id = 'documents'`);
    for (const actor of [w.candidate.actor, w.admin.actor]) {
      const result = await probe(
        actor,
        `update storage.buckets set file_size_limit = null, allowed_mime_types = null where id = 'documents' returning id`,
      );
      expect(result.ok ? result.rowCount : 0).toBe(0);
    }
    expect(await one(`select file_size_limit, allowed_mime_types from storage.buckets where id = 'documents'`)).toEqual(before);
  });
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

describe('storage of other dossiers', () => {
  let uploaded: { id: string; storage_path: string };

  beforeAll(async () => {
    uploaded = await createDocument(w.dossier, w.candidate.id, { fileName: 'passeport.pdf' });
    expect(await upload(w.candidate.actor, 'documents', uploaded.storage_path, pdf)).toMatchObject({ ok: true });
  });

  const objectCount = async (prefix: string) =>
    Number((await one<{ n: string }>(`select count(*) as n from storage.objects where bucket_id = 'documents' and starts_with(name, $1)`, [prefix])).n);

  it('members read the file; another candidate or an unassigned pro neither reads nor lists it', async () => {
    for (const member of [w.candidate, w.pro, w.admin]) {
      expect(await download(member.actor, 'documents', uploaded.storage_path)).toMatchObject({ ok: true, rowCount: 1 });
    }
    for (const member of [w.otherCandidate, w.otherPro, w.suspended]) {
      expect(await download(member.actor, 'documents', uploaded.storage_path)).toMatchObject({ ok: false, status: 404 });
      expect(await list(member.actor, 'documents', `${w.dossier}/`)).toMatchObject({ ok: true, rowCount: 0 });
    }
    expect(await download(anon, 'documents', uploaded.storage_path)).toMatchObject({ ok: false });
  });

  it('another candidate cannot upload into the dossier\'s folder, with or without a matching row', async () => {
    const before = await objectCount(`${w.dossier}/`);
    const own = await createDocument(w.otherDossier, w.otherCandidate.id);
    const paths = [
      `${w.dossier}/${uploaded.id}/autre.pdf`, // next to a real document
      `${w.dossier}/${own.id}/${own.storage_path.split('/')[2]}`, // their own row's id, wrong dossier
      `${w.dossier}/${crypto.randomUUID()}/libre.pdf`, // no row at all
    ];
    for (const path of paths) {
      expect(await upload(w.otherCandidate.actor, 'documents', path, pdf)).toMatchObject({ ok: false, status: 403 });
    }
    expect(await upload(w.otherCandidate.actor, 'documents', uploaded.storage_path, { ...pdf, upsert: true })).toMatchObject({
      ok: false,
    });
    expect(await objectCount(`${w.dossier}/`)).toBe(before);
  });

  it('even a member uploads only onto a pending row they created themselves', async () => {
    const before = await objectCount(`${w.dossier}/`);
    const prosRow = await createDocument(w.dossier, w.pro.id);
    expect(await upload(w.candidate.actor, 'documents', `${w.dossier}/${crypto.randomUUID()}/libre.pdf`, pdf)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await upload(w.candidate.actor, 'documents', prosRow.storage_path, pdf)).toMatchObject({ ok: false, status: 403 });
    expect(await upload(w.otherPro.actor, 'documents', prosRow.storage_path, pdf)).toMatchObject({ ok: false, status: 403 });
    expect(await objectCount(`${w.dossier}/`)).toBe(before);
  });

  it('once a document is approved its file can be neither replaced nor removed by the uploader', async () => {
    const doc = await createDocument(w.dossier, w.candidate.id);
    expect(await upload(w.candidate.actor, 'documents', doc.storage_path, pdf)).toMatchObject({ ok: true });
    expect(await attempt(w.pro.actor, `select public.review_document($1, 'approved')`, [doc.id])).toMatchObject({ ok: true });
    const etag = await one(`select metadata ->> 'eTag' as etag from storage.objects where name = $1`, [doc.storage_path]);

    expect(await upload(w.candidate.actor, 'documents', doc.storage_path, { ...pdf, upsert: true })).toMatchObject({ ok: false });
    expect(await remove(w.candidate.actor, 'documents', [doc.storage_path])).toEqual({ ok: true, rows: [], rowCount: 0 });
    expect(await one(`select metadata ->> 'eTag' as etag from storage.objects where name = $1`, [doc.storage_path])).toEqual(etag);
  });
});

describe('realtime channels of others', () => {
  it('only the dossier\'s members join dossier:<id>', async () => {
    const topic = `dossier:${w.dossier}`;
    expect(await channelAccess(w.candidate.actor, topic)).toEqual({ canRead: true, canWrite: false });
    for (const actor of [w.otherCandidate.actor, w.otherPro.actor, w.suspended.actor, anon]) {
      expect(await channelAccess(actor, topic)).toEqual({ canRead: false, canWrite: false });
      expect(await channelAccess(actor, topic, 'presence')).toEqual({ canRead: false, canWrite: false });
    }
    expect(await channelAccess(w.candidate.actor, `dossier:${w.otherDossier}`)).toEqual({ canRead: false, canWrite: false });
    expect(await channelAccess(w.pro.actor, `dossier:${w.otherDossier}`)).toEqual({ canRead: false, canWrite: false });
  });

  it('look-alike topics do not open a dossier channel, even to its members', async () => {
    for (const topic of [`dossier:${w.dossier}x`, `dossier:${w.dossier.toUpperCase()}`, `dossier:%`, `dossier:`, ` dossier:${w.dossier}`]) {
      expect({ topic, access: await channelAccess(w.candidate.actor, topic) }).toEqual({
        topic,
        access: { canRead: false, canWrite: false },
      });
    }
  });

  it('user:<id> is joined only by that user', async () => {
    expect((await channelAccess(w.candidate.actor, `user:${w.candidate.id}`)).canRead).toBe(true);
    for (const actor of [w.otherCandidate.actor, w.admin.actor, anon]) {
      expect((await channelAccess(actor, `user:${w.candidate.id}`)).canRead).toBe(false);
    }
  });
});

describe('suspended members', () => {
  let sc: Member;
  let draft: string;
  let doc: { id: string; storage_path: string };
  let spare: { id: string; storage_path: string };
  let incoming: string;
  let suspendedPro: Member;
  let proDossier: string;
  let proDoc: { id: string };
  let suspendedAdmin: Member;

  beforeAll(async () => {
    [sc, suspendedPro, suspendedAdmin] = await Promise.all([
      createMember({ fullName: 'Candidat Avant Suspension' }),
      createMember({ role: 'pro' }),
      createMember({ role: 'admin' }),
    ]);
    draft = await createDossier(sc.id, { proId: w.pro.id, title: 'Avant suspension' });
    doc = await createDocument(draft, sc.id);
    spare = await createDocument(draft, sc.id);
    expect(await upload(sc.actor, 'documents', doc.storage_path, pdf)).toMatchObject({ ok: true });
    incoming = await createMessage(draft, w.pro.id, 'Message à lire');
    proDossier = await createDossier(w.candidate.id, { proId: suspendedPro.id, status: 'in_review' });
    proDoc = await createDocument(proDossier, w.candidate.id);
    await owner(`update public.accounts set status = 'suspended' where user_id = any($1)`, [[sc.id, suspendedPro.id, suspendedAdmin.id]]);
  });

  it('a suspended candidate cannot write to any table', async () => {
    await clearRateLimits(sc.id);
    const refused: [string, unknown[]][] = [
      [`insert into public.dossiers (program_type, title) values ('study_permit', 'Nouveau')`, []],
      [`insert into public.documents (dossier_id, kind, file_name, mime_type, size_bytes) values ($1, 'photo', 'p.png', 'image/png', 10)`, [draft]],
      [`insert into public.messages (dossier_id, body) values ($1, 'Encore là')`, [draft]],
    ];
    for (const [sql, params] of refused) {
      expect({ sql, result: await attempt(sc.actor, sql, params) }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
    }
    const silent: [string, unknown[]][] = [
      [`update public.dossiers set title = 'Modifié' where id = $1`, [draft]],
      [`delete from public.dossiers where id = $1`, [draft]],
      [`update public.documents set kind = 'photo' where id = $1`, [doc.id]],
      [`delete from public.documents where id = $1`, [spare.id]],
      [`update public.messages set read_at = now() where id = $1`, [incoming]],
      [`update public.profiles set full_name = 'Modifié' where id = auth.uid()`, []],
      [`update public.accounts set locale = 'en-CA' where user_id = auth.uid()`, []],
    ];
    for (const [sql, params] of silent) {
      expect({ sql, result: await attempt(sc.actor, sql, params) }).toMatchObject({ sql, result: { ok: true, rowCount: 0 } });
    }
    expect(await one(`select title, status from public.dossiers where id = $1`, [draft])).toEqual({ title: 'Avant suspension', status: 'draft' });
    expect(await one(`select count(*)::int as n from public.documents where dossier_id = $1 and kind = 'passport'`, [draft])).toEqual({ n: 2 });
    expect(await one(`select count(*)::int as n, count(read_at)::int as read from public.messages where dossier_id = $1`, [draft])).toEqual({ n: 1, read: 0 });
    expect(await one(`select full_name from public.profiles where id = $1`, [sc.id])).toEqual({ full_name: 'Candidat Avant Suspension' });
    expect(await one(`select locale from public.accounts where user_id = $1`, [sc.id])).toEqual({ locale: 'fr-CA' });
  });

  it('a suspended candidate cannot use the RPCs', async () => {
    expect(await attempt(sc.actor, `select public.change_dossier_status($1, 'submitted')`, [draft])).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(sc.actor, `select public.accept_terms($1)`, [TERMS_VERSION])).toMatchObject({ ok: false, code: '42501' });
    const marked = await attempt(sc.actor, `select public.mark_dossier_messages_read($1) as n`, [draft]);
    expect(marked.ok ? marked.rows[0].n : 0).toBe(0);
    expect(await one(`select status from public.dossiers where id = $1`, [draft])).toEqual({ status: 'draft' });
    expect(await one(`select read_at from public.messages where id = $1`, [incoming])).toEqual({ read_at: null });
  });

  it('a suspended candidate reads nothing private, not even their own dossier', async () => {
    for (const table of ['dossiers', 'documents', 'messages', 'dossier_status_history']) {
      const column = table === 'dossiers' ? 'id' : 'dossier_id';
      expect(await attempt(sc.actor, `select 1 from public.${table} where ${column} = $1`, [draft])).toMatchObject({ ok: true, rowCount: 0 });
    }
    expect(await attempt(sc.actor, `select 1 from public.profiles`)).toMatchObject({ ok: true, rowCount: 0 });
  });

  it('a suspended candidate cannot upload, remove files, change an avatar or join their dossier channel', async () => {
    expect(await upload(sc.actor, 'documents', spare.storage_path, pdf)).toMatchObject({ ok: false, status: 403 });
    expect(await remove(sc.actor, 'documents', [doc.storage_path])).toEqual({ ok: true, rows: [], rowCount: 0 });
    expect(await download(sc.actor, 'documents', doc.storage_path)).toMatchObject({ ok: false, status: 404 });
    expect(await upload(sc.actor, 'avatars', `${sc.id}/avatar.png`, { mimetype: 'image/png', size: 100 })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await channelAccess(sc.actor, `dossier:${draft}`)).toEqual({ canRead: false, canWrite: false });
    expect(await one(`select count(*)::int as n from storage.objects where bucket_id = 'documents' and starts_with(name, $1)`, [`${draft}/`])).toEqual({ n: 1 });
  });

  it('a suspended pro loses review, workflow and chat on their assigned dossier', async () => {
    expect(await attempt(suspendedPro.actor, `select public.review_document($1, 'approved')`, [proDoc.id])).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(suspendedPro.actor, `select public.change_dossier_status($1, 'action_required')`, [proDossier])).toMatchObject({
      ok: false,
      code: '42501',
    });
    expect(await attempt(suspendedPro.actor, `insert into public.messages (dossier_id, body) values ($1, 'Bonjour')`, [proDossier])).toMatchObject({
      ok: false,
      code: '42501',
    });
    expect(await channelAccess(suspendedPro.actor, `dossier:${proDossier}`)).toEqual({ canRead: false, canWrite: false });
    expect(await one(`select status from public.documents where id = $1`, [proDoc.id])).toEqual({ status: 'pending' });
    expect(await one(`select status from public.dossiers where id = $1`, [proDossier])).toEqual({ status: 'in_review' });
  });

  it('a suspended admin loses every admin power', async () => {
    const calls: [string, unknown[]][] = [
      [`select public.assign_dossier($1, $2)`, [w.otherDossier, w.otherPro.id]],
      [`select public.set_user_role($1, 'admin')`, [w.otherCandidate.id]],
      [`select public.set_account_status($1, 'active')`, [sc.id]],
      [`select public.review_document($1, 'approved')`, [proDoc.id]],
      [`select public.change_dossier_status($1, 'action_required')`, [w.dossier]],
    ];
    for (const [sql, params] of calls) {
      expect({ sql, result: await attempt(suspendedAdmin.actor, sql, params) }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
    }
    expect(await attempt(suspendedAdmin.actor, `select 1 from public.audit_log`)).toMatchObject({ ok: true, rowCount: 0 });
    expect(await one(`select status from public.accounts where user_id = $1`, [sc.id])).toEqual({ status: 'suspended' });
    expect(await auditBy(suspendedAdmin.id)).toBe(0);
  });
});

describe('second factor for staff', () => {
  // require_staff_mfa is off in the demo seed and other files rely on that: it is switched on only
  // inside this one transaction, which is rolled back. Each attempt runs in a savepoint.
  type Outcome = Attempt & { channel?: { canRead: boolean; canWrite: boolean } };
  const outcomes = new Map<string, Outcome>();
  let dossierId: string;
  let draftId: string;
  let documentId: string;

  beforeAll(async () => {
    dossierId = await createDossier(w.candidate.id, { proId: w.pro.id, status: 'in_review' });
    draftId = await createDossier(w.candidate.id);
    documentId = (await createDocument(dossierId, w.candidate.id)).id;
    await createMessage(dossierId, w.pro.id, 'Bonjour');
    // At least one audit entry exists for the admin to (not) read.
    expect(await attempt(w.admin.actor, `select public.assign_dossier($1, $2)`, [dossierId, w.pro.id])).toMatchObject({ ok: true });
    await clearRateLimits(w.candidate.id);

    const claims = async (member: Member, aal: 'aal1' | 'aal2') => JSON.stringify(await claimsFor(user(member.id, { aal })));
    await inTransaction(
      [['search_path', 'public, extensions']],
      async (q: Query) => {
        await q.query(`update private.settings set require_staff_mfa = true`);
        await q.query(`select set_config('role', 'authenticated', true)`);
        const run = async (key: string, member: Member, aal: 'aal1' | 'aal2', sql: string, params: unknown[] = []) => {
          await q.query(`select set_config('request.jwt.claims', $1, true)`, [await claims(member, aal)]);
          await q.query('savepoint attempt');
          try {
            const result = await q.query(sql, params);
            await q.query('release savepoint attempt');
            outcomes.set(key, { ok: true, rows: result.rows, rowCount: result.rowCount ?? 0 });
          } catch (error) {
            await q.query('rollback to savepoint attempt');
            outcomes.set(key, caught(error));
          }
        };
        // Realtime's join check, in this transaction: a probe row, then read and write under the caller's RLS.
        const join = async (key: string, member: Member, aal: 'aal1' | 'aal2') => {
          const topic = `dossier:${dossierId}`;
          const probeId = crypto.randomUUID();
          await q.query('savepoint channel_join');
          await q.query(`select set_config('role', 'postgres', true)`);
          await q.query(`insert into realtime.messages (id, topic, extension) values ($1, $2, 'broadcast')`, [probeId, topic]);
          await q.query(`select set_config('role', 'authenticated', true), set_config('realtime.topic', $1, true)`, [topic]);
          await run(`${key}:read`, member, aal, `select id from realtime.messages where id = $1`, [probeId]);
          await run(`${key}:write`, member, aal, `insert into realtime.messages (topic, extension) values ($1, 'broadcast')`, [topic]);
          await q.query('rollback to savepoint channel_join');
          await q.query(`select set_config('role', 'authenticated', true)`);
        };

        const { pro, admin, candidate } = w;
        for (const aal of ['aal1', 'aal2'] as const) {
          await run(`pro:${aal}:dossier`, pro, aal, `select id from public.dossiers where id = $1`, [dossierId]);
          await run(`pro:${aal}:documents`, pro, aal, `select id from public.documents where dossier_id = $1`, [dossierId]);
          await run(`pro:${aal}:messages`, pro, aal, `select id from public.messages where dossier_id = $1`, [dossierId]);
          await run(`pro:${aal}:history`, pro, aal, `select id from public.dossier_status_history where dossier_id = $1`, [dossierId]);
          await run(`pro:${aal}:checklist`, pro, aal, `select kind from public.dossier_checklist($1)`, [dossierId]);
          await join(`pro:${aal}:channel`, pro, aal);
          await run(`admin:${aal}:audit`, admin, aal, `select id from public.audit_log limit 1`);
          await run(`admin:${aal}:accounts`, admin, aal, `select user_id from public.accounts where user_id = $1`, [candidate.id]);
          await run(`admin:${aal}:role`, admin, aal, `select role from public.set_user_role($1, 'candidate')`, [w.otherCandidate.id]);
        }
        // Writes: refused at aal1, then the same at aal2 succeeds.
        await run('pro:aal1:message', pro, 'aal1', `insert into public.messages (dossier_id, body) values ($1, 'Sans 2FA')`, [dossierId]);
        await run('pro:aal1:review', pro, 'aal1', `select status from public.review_document($1, 'approved')`, [documentId]);
        await run('pro:aal1:status', pro, 'aal1', `select status from public.change_dossier_status($1, 'action_required')`, [dossierId]);
        await run('admin:aal1:assign', admin, 'aal1', `select pro_id from public.assign_dossier($1, $2)`, [draftId, pro.id]);
        await run('pro:aal2:review', pro, 'aal2', `select status from public.review_document($1, 'approved')`, [documentId]);
        await run('pro:aal2:status', pro, 'aal2', `select status from public.change_dossier_status($1, 'action_required')`, [dossierId]);
        await run('admin:aal2:assign', admin, 'aal2', `select pro_id from public.assign_dossier($1, $2)`, [draftId, pro.id]);
        // Candidates never need a second factor.
        await run('candidate:aal1:dossier', candidate, 'aal1', `select id from public.dossiers where id = $1`, [dossierId]);
        await run('candidate:aal1:message', candidate, 'aal1', `insert into public.messages (dossier_id, body) values ($1, 'Bonjour')`, [dossierId]);
        await run('candidate:aal1:status', candidate, 'aal1', `select status from public.change_dossier_status($1, 'submitted')`, [draftId]);
        await join('candidate:aal1:channel', candidate, 'aal1');
      },
      { rollback: true },
    );
  });

  const outcome = (key: string) => {
    const found = outcomes.get(key);
    expect(found, key).toBeDefined();
    return found as Outcome;
  };

  it('a pro at aal1 sees nothing of the assigned dossier: row, documents, chat, timeline, checklist, channel', () => {
    for (const what of ['dossier', 'documents', 'messages', 'history', 'checklist', 'channel:read']) {
      expect({ what, result: outcome(`pro:aal1:${what}`) }).toMatchObject({ what, result: { ok: true, rowCount: 0 } });
    }
    expect(outcome('pro:aal1:channel:write')).toMatchObject({ ok: false, code: '42501' });
  });

  it('a pro at aal1 can neither chat, review nor move the dossier', () => {
    expect(outcome('pro:aal1:message')).toMatchObject({ ok: false, code: '42501' });
    expect(outcome('pro:aal1:review')).toMatchObject({ ok: false, code: '42501' });
    expect(outcome('pro:aal1:status')).toMatchObject({ ok: false });
  });

  it('an admin at aal1 can neither read the audit log or others\' accounts nor use admin RPCs', () => {
    expect(outcome('admin:aal1:audit')).toMatchObject({ ok: true, rowCount: 0 });
    expect(outcome('admin:aal1:accounts')).toMatchObject({ ok: true, rowCount: 0 });
    expect(outcome('admin:aal1:role')).toMatchObject({ ok: false, code: '42501' });
    expect(outcome('admin:aal1:assign')).toMatchObject({ ok: false, code: '42501' });
  });

  it('at aal2 the same pro and admin have their powers back', () => {
    for (const what of ['dossier', 'documents', 'messages', 'history', 'channel:read']) {
      expect({ what, result: outcome(`pro:aal2:${what}`) }).toMatchObject({ what, result: { ok: true } });
      expect(outcome(`pro:aal2:${what}`).ok && (outcome(`pro:aal2:${what}`) as { rowCount: number }).rowCount).toBeGreaterThan(0);
    }
    expect(outcome('pro:aal2:checklist')).toMatchObject({ ok: true, rowCount: 8 });
    expect(outcome('pro:aal2:channel:write')).toMatchObject({ ok: false, code: '42501' }); // only the database sends there
    expect(outcome('pro:aal2:review')).toMatchObject({ ok: true, rows: [{ status: 'approved' }] });
    expect(outcome('pro:aal2:status')).toMatchObject({ ok: true, rows: [{ status: 'action_required' }] });
    expect(outcome('admin:aal2:audit')).toMatchObject({ ok: true, rowCount: 1 });
    expect(outcome('admin:aal2:accounts')).toMatchObject({ ok: true, rowCount: 1 });
    expect(outcome('admin:aal2:role')).toMatchObject({ ok: true, rows: [{ role: 'candidate' }] });
    expect(outcome('admin:aal2:assign')).toMatchObject({ ok: true, rows: [{ pro_id: w.pro.id }] });
  });

  it('a candidate at aal1 is unaffected', () => {
    expect(outcome('candidate:aal1:dossier')).toMatchObject({ ok: true, rowCount: 1 });
    expect(outcome('candidate:aal1:message')).toMatchObject({ ok: true, rowCount: 1 });
    expect(outcome('candidate:aal1:status')).toMatchObject({ ok: true, rows: [{ status: 'submitted' }] });
    expect(outcome('candidate:aal1:channel:read')).toMatchObject({ ok: true, rowCount: 1 });
    expect(outcome('candidate:aal1:channel:write')).toMatchObject({ ok: false, code: '42501' }); // only the database sends there
  });

  it('all of it was rolled back: the setting is still off and nothing was written', async () => {
    expect(await one(`select require_staff_mfa from private.settings`)).toEqual({ require_staff_mfa: false });
    expect(await one(`select status, pro_id from public.dossiers where id = $1`, [draftId])).toEqual({ status: 'draft', pro_id: null });
    expect(await one(`select status from public.documents where id = $1`, [documentId])).toEqual({ status: 'pending' });
  });
});

describe('the audit log is append-only', () => {
  let entry: { id: string; action: string };

  beforeAll(async () => {
    const id = await createDossier(w.candidate.id);
    expect(await attempt(w.admin.actor, `select public.assign_dossier($1, $2)`, [id, w.pro.id])).toMatchObject({ ok: true });
    entry = await one(`select id::text, action from public.audit_log where target_id = $1`, [id]);
  });

  const unchanged = async () =>
    expect(await one(`select id::text, action from public.audit_log where id = $1`, [entry.id])).toEqual(entry);

  it.each([
    ['an admin', () => w.admin.actor],
    ['the service role', () => serviceRole],
  ])('%s can neither edit, delete, truncate nor forge entries', async (_label, actorOf) => {
    const actor = actorOf();
    const statements: [string, unknown[]][] = [
      [`update public.audit_log set action = 'dossier.nothing' where id = $1`, [entry.id]],
      [`delete from public.audit_log where id = $1`, [entry.id]],
      [`insert into public.audit_log (action, target_table, target_id) values ('dossier.forged', 'dossiers', 'x')`, []],
      [`truncate public.audit_log`, []],
      [`select private.write_audit('dossier.forged', 'dossiers', 'x')`, []],
    ];
    for (const [sql, params] of statements) {
      expect({ sql, result: await probe(actor, sql, params) }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
    }
    await unchanged();
  });

  it('even the owner role postgres is stopped by the append-only trigger, with a French reason', async () => {
    for (const sql of [
      `update public.audit_log set action = 'dossier.nothing' where id = ${Number(entry.id)}`,
      `delete from public.audit_log where id = ${Number(entry.id)}`,
      `truncate public.audit_log`,
    ]) {
      const result = await probe('owner', sql);
      expect({ sql, result }).toMatchObject({ sql, result: { ok: false, code: '42501' } });
      if (!result.ok) expect(result.message).toMatch(/journal d'audit est en ajout seul/);
    }
    await unchanged();
  });
});

describe('auth.users', () => {
  it.each([
    ['anon', () => anon],
    ['authenticated', () => w.admin.actor],
    ['service_role', () => serviceRole],
  ])('%s cannot read auth.users', async (_role, actorOf) => {
    for (const sql of [`select id, email from auth.users`, `select encrypted_password from auth.users limit 1`, `select count(*) from auth.identities`]) {
      expect(await attempt(actorOf(), sql)).toMatchObject({ ok: false, code: '42501' });
    }
  });

  it('no view in public exposes auth.users', async () => {
    const { rows } = await owner(
      `select distinct v.relname
         from pg_depend d
         join pg_rewrite r on r.oid = d.objid
         join pg_class v on v.oid = r.ev_class
        where d.refobjid = 'auth.users'::regclass and v.relnamespace = 'public'::regnamespace`,
    );
    expect(rows).toEqual([]);
  });
});

describe('consent to the terms', () => {
  let member: { id: string; actor: Actor };

  beforeAll(async () => {
    const { id } = await signUp({ fullName: 'Sans Consentement' });
    member = { id, actor: user(id) };
  });

  const newDossier = () =>
    attempt(member.actor, `insert into public.dossiers (program_type, title) values ('visitor_visa', 'Visite') returning id`);
  const consent = () => one(`select terms_version, terms_accepted_at from public.accounts where user_id = $1`, [member.id]);

  it('a member who signed up without consent reads their own account but cannot open a dossier', async () => {
    expect(await attempt(member.actor, `select user_id, status, terms_version from public.accounts`)).toEqual({
      ok: true,
      rowCount: 1,
      rows: [{ user_id: member.id, status: 'active', terms_version: null }],
    });
    expect(await newDossier()).toMatchObject({ ok: false, code: '42501' });
  });

  it('consent cannot be written directly', async () => {
    const result = await attempt(
      member.actor,
      `update public.accounts set terms_version = $2, terms_accepted_at = now() where user_id = $1`,
      [member.id, TERMS_VERSION],
    );
    expect(result).toMatchObject({ ok: false, code: '42501' });
    expect(await consent()).toEqual({ terms_version: null, terms_accepted_at: null });
  });

  it('accepting an unknown version is refused (22023) with a French message and records nothing', async () => {
    for (const version of ['2025-01', '', null]) {
      const result = await attempt(member.actor, `select public.accept_terms($1)`, [version]);
      expect(result).toMatchObject({ ok: false, code: '22023' });
      if (!result.ok) expect(result.message).toMatch(/^Version des conditions inconnue/);
    }
    expect(await consent()).toEqual({ terms_version: null, terms_accepted_at: null });
    expect(await attempt(anon, `select public.accept_terms($1)`, [TERMS_VERSION])).toMatchObject({ ok: false, code: '42501' });
  });

  it('after accept_terms(current version) the member can open a dossier', async () => {
    expect(await attempt(member.actor, `select public.accept_terms($1)`, [TERMS_VERSION])).toMatchObject({ ok: true });
    expect(await consent()).toMatchObject({ terms_version: TERMS_VERSION, terms_accepted_at: expect.any(Date) });
    expect(await newDossier()).toMatchObject({ ok: true, rowCount: 1 });
  });
});

// A suspended candidate, pro or admin keeps trying to act: write, call the RPCs, read, upload,
// join their channel, use admin powers. Each attempt must be refused and change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBy } from '../support/audit.ts';
import { attempt, one, owner } from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { download, remove, upload } from '../support/storage.ts';
import {
  TERMS_VERSION, clearRateLimits, createDocument, createDossier, createMember, createMessage, createWorld, pdf, type Member, type World,
} from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
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

// Members try to reach the files and the realtime channels of dossiers that are not theirs, or to
// replace a file once it is approved. Each attempt must be refused and change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { anon, attempt, one } from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { download, list, remove, upload } from '../support/storage.ts';
import { createDocument, createWorld, pdf, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
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

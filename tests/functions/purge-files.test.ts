// purge-files: files whose row is gone (an erased member's draft dossier, a replaced avatar) are
// removed through the Storage API (a stand-in records the calls); files still referenced, and
// files younger than the grace period, are left alone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { as, inTransaction, owner, serviceRole } from '../support/db.ts';
import { asBrowser, asPgCron, type RunningFunction, startFunction } from '../support/edge-functions.ts';
import { type RecordedRequest, type StandIn, startStandIn } from '../support/http-stand-in.ts';
import { upload } from '../support/storage.ts';
import { testProject, tokenFor } from '../support/tokens.ts';
import { createDocument, createDossier, createMember, type Member } from '../support/world.ts';

let fn: RunningFunction;
let storage: StandIn;
let erased: Member;
let kept: Member;
const files = { erasedDraft: '', keptDocument: '', oldAvatar: '', currentAvatar: '', freshOrphan: '' };

async function storedFile(bucket: string, name: string, ageMinutes: number) {
  const mimetype = bucket === 'avatars' ? 'image/png' : 'application/pdf';
  const result = await upload(serviceRole, bucket, name, { mimetype, size: 1024 });
  if (!result.ok) throw new Error(`upload of ${name} failed: ${result.message}`);
  await owner(`update storage.objects set created_at = now() - make_interval(mins => $3) where bucket_id = $1 and name = $2`,
    [bucket, name, ageMinutes]);
}

beforeAll(async () => {
  storage = await startStandIn();
  [fn, erased, kept] = await Promise.all([
    startFunction('purge-files', { databaseUrl: inject('databaseUrl'), supabaseUrl: storage.url }),
    createMember({ fullName: 'Membre effacé' }),
    createMember({ fullName: 'Membre gardé' }),
  ]);
  const draft = await createDocument(await createDossier(erased.id), erased.id);
  const keptDocument = await createDocument(await createDossier(kept.id), kept.id);
  files.erasedDraft = draft.storage_path;
  files.keptDocument = keptDocument.storage_path;
  files.oldAvatar = `${kept.id}/avatar-1.png`;
  files.currentAvatar = `${kept.id}/avatar-2.png`;
  files.freshOrphan = `${kept.id}/avatar-3.png`;
  await storedFile('documents', files.erasedDraft, 180);
  await storedFile('documents', files.keptDocument, 180);
  await storedFile('avatars', files.oldAvatar, 180);
  await storedFile('avatars', files.currentAvatar, 120);
  await storedFile('avatars', files.freshOrphan, 5);
  await owner('update public.profiles set avatar_path = $2 where id = $1', [kept.id, files.currentAvatar]);
  await as(erased.actor, (q) => q.query(`select public.erase_my_account('SUPPRIMER')`));
});
afterAll(async () => Promise.all([fn?.stop(), storage?.close()]));
beforeEach(() => {
  storage.requests.length = 0;
  storage.answerWith((request) => ({ status: 200, body: prefixesOf(request).map((name) => ({ name })) }));
});

const prefixesOf = (request: RecordedRequest) => (request.json as { prefixes: string[] }).prefixes;
const removedFrom = (bucket: string) =>
  storage.requests.filter((r) => r.path === `/storage/v1/object/${bucket}`).flatMap(prefixesOf);
/**
 * The headers private.invoke_edge_function (the pg_cron jobs' helper) sends with `key` in Vault, read
 * back from pg_net's queue in a rolled-back transaction, as tests/database/invoke-edge-function.test.ts does.
 */
async function headersOfInvokeEdgeFunction(key: string): Promise<Record<string, string>> {
  return inTransaction([], async (q) => {
    for (const [name, value] of [['project_url', fn.url], ['service_role_key', key]]) {
      await q.query(`select vault.create_secret($1, $2)`, [value, name]);
    }
    await q.query(`select private.invoke_edge_function('purge-files')`);
    const { rows } = await q.query<{ headers: Record<string, string> }>(
      `select headers from net.http_request_queue where starts_with(url, $1) order by id desc limit 1`, [fn.url]);
    return rows[0]!.headers;
  }, { rollback: true });
}

/** A run as pg_cron starts it (the project's secret key), or with other headers. */
const run = (body = {}, headers: Record<string, string> = asPgCron(testProject.secretKey)) =>
  fetch(fn.url, { method: 'POST', headers, body: JSON.stringify(body) });

describe('purge-files', () => {
  it('removes the erased member’s draft file and the replaced avatar through the Storage API', async () => {
    const response = await run();
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(removedFrom('documents')).toContain(files.erasedDraft);
    expect(removedFrom('avatars')).toContain(files.oldAvatar);
    expect(summary).toEqual({ found: summary.removed, removed: summary.removed, failed: 0 });
    const [call] = storage.requests;
    expect(call).toMatchObject({ method: 'DELETE' });
    expect(call!.headers.apikey).toBe(testProject.secretKey);
    expect(call!.headers.authorization).toBe(`Bearer ${testProject.secretKey}`);
  });

  it('leaves files that a row still names, and files younger than the grace period', async () => {
    await run();
    const removed = [...removedFrom('documents'), ...removedFrom('avatars')];
    expect(removed).not.toContain(files.keptDocument);
    expect(removed).not.toContain(files.currentAvatar);
    expect(removed).not.toContain(files.freshOrphan);
    await run({ older_than_minutes: 0 });
    expect(removedFrom('avatars')).toContain(files.freshOrphan);
  });

  it('reports what the Storage API refused', async () => {
    storage.answerWith({ status: 500, body: { error: 'down' } });
    const summary = await (await run()).json();
    expect(summary.found).toBeGreaterThan(0);
    expect(summary).toMatchObject({ removed: 0, failed: summary.found });
  });

  it('counts nothing as removed when Storage deletes nothing (200 with [], as when RLS refuses)', async () => {
    storage.answerWith({ status: 200, body: [] });
    const summary = await (await run()).json();
    expect(summary.found).toBeGreaterThan(0);
    expect(summary).toMatchObject({ removed: 0, failed: summary.found });
  });

  it('accepts exactly what pg_cron sends through private.invoke_edge_function, with either key', async () => {
    for (const key of [testProject.secretKey, testProject.serviceRoleKey]) {
      const headers = await headersOfInvokeEdgeFunction(key);
      expect(headers).toMatchObject({ Authorization: `Bearer ${key}`, apikey: key });
      expect((await run({}, headers)).status).toBe(200);
    }
  });

  it('runs for pg_cron with the secret key or the legacy service_role key, on either header', async () => {
    for (const key of [testProject.secretKey, testProject.serviceRoleKey]) {
      expect((await run({}, asPgCron(key))).status).toBe(200);
      expect((await run({}, { apikey: key })).status).toBe(200);
    }
  });

  it('answers 403 to a member and to the publishable key, 400 to a bad request, without calling Storage', async () => {
    expect((await run({}, asBrowser(await tokenFor(kept.actor)))).status).toBe(403);
    expect((await run({}, { apikey: testProject.publishableKey })).status).toBe(403);
    expect((await run({}, asPgCron(testProject.publishableKey))).status).toBe(403);
    expect((await run({ max_files: 0 })).status).toBe(400);
    expect((await run({ older_than_minutes: 'soon' })).status).toBe(400);
    expect(storage.requests).toHaveLength(0);
  });
});

describe('private.orphaned_storage_objects', () => {
  it('is not callable through the API roles', async () => {
    for (const role of ['anon', 'authenticated', 'service_role']) {
      const { rows } = await owner<{ allowed: boolean }>(
        `select has_function_privilege($1, 'private.orphaned_storage_objects(integer, interval)', 'execute') as allowed`, [role]);
      expect(rows[0]!.allowed, role).toBe(false);
    }
  });

  it('caps the batch and lists the oldest first', async () => {
    const name = `${randomUUID()}/${randomUUID()}/oldest.pdf`;
    await storedFile('documents', name, 60 * 24 * 365 * 20);
    const { rows } = await owner<{ name: string }>(`select name from private.orphaned_storage_objects(1)`);
    expect(rows).toEqual([{ name }]);
  });
});

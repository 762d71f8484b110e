// The second-factor rule lives in the words the case-file and notification policies speak
// (private.case_user_id, private.my_dossier_id_array, private.assigned_pro_id, private.is_admin), not
// in restrictive policies. The path those words must close: a member who opened a dossier as a
// candidate and was then made a pro still owns it as its candidate. While the second factor is
// required, that pro at aal1 reaches none of it, as candidate no more than as pro; at aal2 it is
// all theirs again. The setting is switched on only inside one transaction that is rolled back
// (other files share this database and rely on the seed's value); each request runs in a savepoint.
import { beforeAll, describe, expect, it } from 'vitest';
import { putObject } from '../support/access-matrix.ts';
import { createNotification } from '../support/community.ts';
import { type Attempt, inTransaction, owner, requestWithin, user } from '../support/db.ts';
import { createDocument, createDossier, createMember, createMessage, type Member } from '../support/world.ts';

type Aal = 'aal1' | 'aal2';

let promoted: Member;
let dossierId: string;
let draftId: string;
const outcomes = new Map<string, Attempt>();

beforeAll(async () => {
  promoted = await createMember({ fullName: 'Candidate devenue pro' });
  const pro = await createMember({ role: 'pro', fullName: 'Pro du dossier' });
  dossierId = await createDossier(promoted.id, { proId: pro.id, status: 'action_required' });
  draftId = await createDossier(promoted.id);
  const document = await createDocument(dossierId, promoted.id);
  await putObject('documents', document.storage_path, promoted.id);
  await createMessage(dossierId, pro.id, 'Il manque le relevé bancaire.');
  await owner(
    `insert into public.tasks (dossier_id, assignee_id, created_by, title) values ($1, $2, $3, 'Relevé bancaire')`,
    [dossierId, promoted.id, pro.id],
  );
  await createNotification(promoted.id, 'Nouveau message de Pro du dossier');
  await owner(`update public.profiles set role = 'pro' where id = $1`, [promoted.id]);

  await inTransaction(
    [],
    async (q) => {
      await q.query(`update private.settings set require_staff_mfa = true`);
      for (const aal of ['aal1', 'aal2'] as const) {
        const ask = async (what: string, sql: string, params: unknown[] = []) =>
          outcomes.set(`${aal}:${what}`, await requestWithin(q, user(promoted.id, { aal }), sql, params,
            what === 'remove file' ? [['storage.allow_delete_query', 'true']] : []));
        await ask('dossiers', `select id from public.dossiers where candidate_id = $1`, [promoted.id]);
        await ask('timeline', `select id from public.dossier_status_history where dossier_id = $1`, [dossierId]);
        await ask('documents', `select id from public.documents where dossier_id = $1`, [dossierId]);
        await ask('messages', `select id from public.messages where dossier_id = $1`, [dossierId]);
        await ask('tasks', `select id from public.tasks where dossier_id = $1`, [dossierId]);
        await ask('notifications', `select id from public.notifications where user_id = $1`, [promoted.id]);
        await ask('files', `select name from storage.objects where bucket_id = 'documents'`);
        await ask('edit', `update public.dossiers set description = 'Revu' where id = $1 returning id`, [dossierId]);
        await ask('delete draft', `delete from public.dossiers where id = $1 returning id`, [draftId]);
        await ask('remove file', `delete from storage.objects where bucket_id = 'documents' and owner_id = $1 returning name`, [promoted.id]);
        await ask('write', `insert into public.messages (dossier_id, body) values ($1, 'Ci-joint') returning id`, [dossierId]);
      }
    },
    { rollback: true },
  );
});

const outcome = (key: string): Attempt => {
  expect(outcomes.has(key), key).toBe(true);
  return outcomes.get(key)!;
};

const READS = ['dossiers', 'timeline', 'documents', 'messages', 'tasks', 'notifications', 'files'];
const WRITES = ['edit', 'delete draft', 'remove file'];

describe('a pro who owns dossiers as their candidate, while the second factor is required', () => {
  it.each(READS)('at aal1 reads none of their own %s', (what) => {
    expect(outcome(`aal1:${what}`)).toMatchObject({ ok: true, rowCount: 0 });
  });

  it.each(WRITES)('at aal1 cannot %s', (what) => {
    expect(outcome(`aal1:${what}`)).toMatchObject({ ok: true, rowCount: 0 });
  });

  it('at aal1 cannot write in their own chat', () => {
    expect(outcome('aal1:write')).toMatchObject({ ok: false, code: '42501' });
  });

  it.each([...READS, ...WRITES, 'write'])('at aal2 has their own %s back', (what) => {
    const found = outcome(`aal2:${what}`);
    expect(found).toMatchObject({ ok: true });
    expect(found.ok && found.rowCount).toBeGreaterThan(0);
  });
});

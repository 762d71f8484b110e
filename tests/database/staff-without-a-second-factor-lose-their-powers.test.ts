// While the second factor is required, a pro or an admin signed in at aal1 reads no case data and
// uses none of their powers; at aal2 they have them back, and candidates never need it.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, claimsFor, inTransaction, one, user, type Attempt, type Query } from '../support/db.ts';
import { caught } from '../support/probe.ts';
import { clearRateLimits, createDocument, createDossier, createMessage, createWorld, type Member, type World } from '../support/world.ts';

let w: World;

beforeAll(async () => {
  w = await createWorld();
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

// Issue #14, hole 2: while the second factor is required (private.settings.require_staff_mfa, on
// by default, off in the demo seed), a pro or an admin signed in at aal1 reaches no case data:
// not through their notifications (titles and bodies quote dossiers and the chat), not on the
// user:<id> channel that carries them, not through export_my_data(). At aal2 all of it is theirs.
// The setting is switched on only inside one transaction that is rolled back (other files share
// this database and rely on the seed's value); each attempt runs in a savepoint, scoped as
// PostgREST (facts §4) or Realtime (lib/realtime/tenants/authorization.ex) scopes a request.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNotification } from '../support/community.ts';
import { type Attempt, type Query, claimsFor, inTransaction, owner, requestWithin, user } from '../support/db.ts';
import { type Member, createMessage, createWorld, type World } from '../support/world.ts';

type Aal = 'aal1' | 'aal2';
const EXCERPT = `Voici le certificat de police de Montréal ${randomUUID()}`;

let w: World;
const outcomes = new Map<string, Attempt>();
const joins = new Map<string, boolean>();

/** Realtime's read check for joining `topic`: a probe row, read back under the member's RLS. */
async function canJoin(q: Query, member: Member, aal: Aal, topic: string): Promise<boolean> {
  const claims = JSON.stringify(await claimsFor(user(member.id, { aal })));
  const probe = randomUUID();
  await q.query('savepoint channel_join');
  try {
    await q.query(`insert into realtime.messages (id, topic, extension) values ($1, $2, 'broadcast')`, [probe, topic]);
    await q.query(
      `select set_config('role', 'authenticated', true), set_config('realtime.topic', $1, true),
              set_config('request.jwt.claims', $2, true), set_config('request.jwt.claim.sub', $3, true),
              set_config('request.jwt.claim.role', 'authenticated', true), set_config('request.headers', '{}', true)`,
      [topic, claims, member.id],
    );
    return (await q.query(`select id from realtime.messages where id = $1`, [probe])).rowCount === 1;
  } finally {
    await q.query('rollback to savepoint channel_join');
  }
}

beforeAll(async () => {
  w = await createWorld();
  await createMessage(w.dossier, w.candidate.id, EXCERPT); // notifies the pro, quoting the message
  await createMessage(w.dossier, w.admin.id, `Note de l'administration ${EXCERPT}`);
  await createNotification(w.admin.id, `Dossier « ${EXCERPT} » réassigné`);
  await createNotification(w.candidate.id, 'Nouveau message de Pro Assignée');

  await inTransaction(
    [],
    async (q) => {
      await q.query(`update private.settings set require_staff_mfa = true`);
      const sessions: [string, Member, Aal][] = [
        ['pro:aal1', w.pro, 'aal1'], ['pro:aal2', w.pro, 'aal2'],
        ['admin:aal1', w.admin, 'aal1'], ['admin:aal2', w.admin, 'aal2'],
        ['candidate:aal1', w.candidate, 'aal1'],
      ];
      for (const [key, member, aal] of sessions) {
        outcomes.set(`${key}:notifications`,
          await requestWithin(q, user(member.id, { aal }), `select title, body from public.notifications where user_id = $1`, [member.id]));
        outcomes.set(`${key}:unread`,
          await requestWithin(q, user(member.id, { aal }), `select count(*)::int as n from public.notifications where read_at is null`));
        outcomes.set(`${key}:mark-all`, await requestWithin(q, user(member.id, { aal }), `select public.mark_all_notifications_read() as n`));
        outcomes.set(`${key}:export`, await requestWithin(q, user(member.id, { aal }), `select public.export_my_data() as data`));
        joins.set(key, await canJoin(q, member, aal, `user:${member.id}`));
      }
    },
    { rollback: true },
  );
});

const STAFF = [['a pro', 'pro'], ['an admin', 'admin']] as const;

const outcome = (key: string): Attempt => {
  expect(outcomes.has(key), key).toBe(true);
  return outcomes.get(key)!;
};

describe('staff at aal1 while the second factor is required', () => {
  it.each(STAFF)('%s reads none of their notifications, not even how many are unread', (_, who) => {
    expect(outcome(`${who}:aal1:notifications`)).toMatchObject({ ok: true, rowCount: 0 });
    expect(outcome(`${who}:aal1:unread`)).toMatchObject({ ok: true, rows: [{ n: 0 }] });
    expect(outcome(`${who}:aal1:mark-all`)).toMatchObject({ ok: true, rows: [{ n: 0 }] });
  });

  it.each(STAFF)('%s cannot join their user:<id> channel, which carries the same notifications', (_, who) => {
    expect(joins.get(`${who}:aal1`)).toBe(false);
  });

  it.each(STAFF)('%s cannot export their data: it holds the messages they wrote', (_, who) => {
    expect(outcome(`${who}:aal1:export`)).toMatchObject({ ok: false, code: '42501', message: 'Double authentification requise pour cette action.' });
  });
});

describe('the same staff at aal2', () => {
  it.each(STAFF)('%s reads their notifications and joins user:<id>', (_, who) => {
    const notifications = outcome(`${who}:aal2:notifications`);
    expect(notifications).toMatchObject({ ok: true });
    expect(JSON.stringify(notifications)).toContain(EXCERPT);
    expect(outcome(`${who}:aal2:unread`)).toMatchObject({ ok: true, rows: [{ n: expect.any(Number) }] });
    expect((outcome(`${who}:aal2:unread`) as { rows: { n: number }[] }).rows[0].n).toBeGreaterThan(0);
    expect(joins.get(`${who}:aal2`)).toBe(true);
  });

  it.each(STAFF)('%s exports their data, messages included', (_, who) => {
    const exported = outcome(`${who}:aal2:export`);
    expect(exported).toMatchObject({ ok: true, rowCount: 1 });
    expect(JSON.stringify(exported)).toContain(EXCERPT);
  });
});

describe('candidates never need a second factor', () => {
  it('a candidate at aal1 reads her notifications, joins user:<id> and exports her data', () => {
    expect(outcome('candidate:aal1:notifications')).toMatchObject({ ok: true });
    expect(outcome('candidate:aal1:notifications').ok && (outcome('candidate:aal1:notifications') as { rowCount: number }).rowCount).toBeGreaterThan(0);
    expect(joins.get('candidate:aal1')).toBe(true);
    expect(outcome('candidate:aal1:export')).toMatchObject({ ok: true, rowCount: 1 });
    expect(JSON.stringify(outcome('candidate:aal1:export'))).toContain(EXCERPT);
  });

  it('all of it was rolled back: the seed still has the setting off', async () => {
    expect((await owner(`select require_staff_mfa from private.settings`)).rows).toEqual([{ require_staff_mfa: false }]);
  });
});

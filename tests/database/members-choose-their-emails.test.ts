// Members choose which kinds of email they receive; security and account emails cannot be turned
// off, whichever way a member writes to the API. A kind turned off is not enqueued, and what was
// still waiting is withdrawn. The one-click unsubscribe (for the unsubscribe function, service role
// only) turns a kind off for the member its token names, and refuses any other token.
import { describe, expect, it } from 'vitest';
import { anon, attempt, ok, one, owner, refused, serviceRole } from '../support/db.ts';
import { caseFile, createEvent, emailsOf, notificationsOf, sendMessage } from '../support/notifications.ts';
import { createMember } from '../support/world.ts';

const choicesOf = async (userId: string) =>
  (await owner<{ kind: string; enabled: boolean }>(
    `select kind::text, enabled from public.email_preferences where user_id = $1 order by kind`,
    [userId],
  )).rows;

const tokenOf = async (userId: string) =>
  (await one<{ token: string }>(`select token from public.email_unsubscribe_tokens(array[$1::uuid])`, [userId])).token;

describe('email preferences per kind', () => {
  it('a member turns a kind off and on for themselves', async () => {
    const me = await createMember();
    await ok(attempt(me.actor, `select public.set_email_preference('events', false)`));
    expect(await choicesOf(me.id)).toEqual([{ kind: 'events', enabled: false }]);
    await ok(attempt(me.actor, `select public.set_email_preference('events', true)`));
    expect(await ok(attempt(me.actor, `select kind::text, enabled from public.email_preferences`))).toEqual([
      { kind: 'events', enabled: true },
    ]);
  });

  it.each([
    ['the RPC', `select public.set_email_preference($1::public.email_kind, false)`],
    ['an insert', `insert into public.email_preferences (kind, enabled) values ($1::public.email_kind, false)`],
    ['an upsert', `insert into public.email_preferences (kind, enabled) values ($1::public.email_kind, false)
                   on conflict (user_id, kind) do update set enabled = false`],
  ])('security and account emails cannot be turned off through %s', async (_, sql) => {
    const me = await createMember();
    for (const kind of ['security', 'account']) {
      expect(await attempt(me.actor, sql, [kind])).toMatchObject({ ok: false, code: '23514' });
    }
    expect(await choicesOf(me.id)).toEqual([]);
  });

  it('a required kind kept on cannot be switched off by an update', async () => {
    const me = await createMember();
    await ok(attempt(me.actor, `select public.set_email_preference('security', true)`));
    const update = await attempt(me.actor, `update public.email_preferences set enabled = false where kind = 'security'`);
    expect(update).toMatchObject({ ok: false, code: '23514' });
    expect(await choicesOf(me.id)).toEqual([{ kind: 'security', enabled: true }]);
  });

  it('a member neither reads nor writes another member’s choices', async () => {
    const [me, other] = await Promise.all([createMember(), createMember()]);
    await ok(attempt(other.actor, `select public.set_email_preference('community', false)`));
    expect(await ok(attempt(me.actor, `select * from public.email_preferences`))).toEqual([]);
    expect(await attempt(me.actor, `insert into public.email_preferences (user_id, kind, enabled) values ($1, 'events', false)`, [other.id]))
      .toMatchObject(refused);
    expect(await attempt(me.actor, `update public.email_preferences set enabled = true where user_id = $1 returning 1`, [other.id]))
      .toMatchObject({ ok: true, rowCount: 0 });
    expect(await attempt(anon, `select public.set_email_preference('events', false)`)).toMatchObject(refused);
    expect(await choicesOf(other.id)).toEqual([{ kind: 'community', enabled: false }]);
  });

  it('a kind turned off is not enqueued; the other kinds and the notifications still come', async () => {
    const c = await caseFile();
    await ok(attempt(c.candidate.actor, `select public.set_email_preference('events', false)`));
    const event = await createEvent();
    await ok(attempt(c.candidate.actor, `select id from public.register_for_event($1)`, [event]));
    await sendMessage(c.pro, c.dossier, 'Bonjour');
    expect(await notificationsOf(c.candidate.id, 'event_registered')).toHaveLength(1);
    expect((await emailsOf(c.candidate.id)).map((e) => e.template)).toEqual(['message_received']);
  });

  it('turning chat emails off withdraws the pending digest and stops the next ones', async () => {
    const c = await caseFile();
    await sendMessage(c.pro, c.dossier, 'Premier');
    await owner(`delete from private.rate_limits where user_id = $1`, [c.pro.id]);
    await sendMessage(c.pro, c.dossier, 'Second');
    await ok(attempt(c.candidate.actor, `select public.set_email_preference('messages', false)`));
    await owner(`delete from private.rate_limits where user_id = $1`, [c.pro.id]);
    await sendMessage(c.pro, c.dossier, 'Troisième');
    const { rows } = await owner<{ status: string; digest: boolean }>(
      `select status::text, coalesce((payload ->> 'digest')::boolean, false) as digest from public.email_outbox
        where user_id = $1 order by id`,
      [c.candidate.id],
    );
    // Both still waited (no sender runs in this file): both are withdrawn, and nothing new comes.
    expect(rows).toEqual([{ status: 'cancelled', digest: false }, { status: 'cancelled', digest: true }]);
    expect(await notificationsOf(c.candidate.id, 'message_received')).toHaveLength(3);
  });
});

describe('one-click unsubscribe', () => {
  it('turns the kind off for the member the token names, and only that kind', async () => {
    const [me, other] = await Promise.all([createMember(), createMember()]);
    const token = await tokenOf(me.id);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await tokenOf(other.id)).not.toBe(token);
    await ok(attempt(serviceRole, `select public.unsubscribe_email($1, 'tasks')`, [token]));
    expect(await choicesOf(me.id)).toEqual([{ kind: 'tasks', enabled: false }]);
    expect(await choicesOf(other.id)).toEqual([]);
    expect(await tokenOf(me.id)).toBe(token); // stable until rotated
  });

  it('refuses a tampered token, and a security or account kind', async () => {
    const me = await createMember();
    const token = await tokenOf(me.id);
    const tampered = `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;
    expect(await attempt(serviceRole, `select public.unsubscribe_email($1, 'tasks')`, [tampered]))
      .toMatchObject({ ok: false, code: 'P0002', message: 'Ce lien de désabonnement n’est pas valide.' });
    expect(await attempt(serviceRole, `select public.unsubscribe_email($1, 'security')`, [token]))
      .toMatchObject({ ok: false, code: '23514' });
    expect(await choicesOf(me.id)).toEqual([]);
  });

  it('is the service role’s: members and visitors cannot call it or read tokens', async () => {
    const me = await createMember();
    const token = await tokenOf(me.id);
    for (const actor of [anon, me.actor]) {
      expect(await attempt(actor, `select public.unsubscribe_email($1, 'tasks')`, [token])).toMatchObject(refused);
      expect(await attempt(actor, `select public.unsubscribe_recipient($1)`, [token])).toMatchObject(refused);
      expect(await attempt(actor, `select * from public.email_unsubscribe_tokens(array[$1::uuid])`, [me.id])).toMatchObject(refused);
    }
  });
});

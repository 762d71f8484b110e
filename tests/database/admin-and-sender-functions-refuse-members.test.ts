// Members call what only admins may (roles, suspension, assignment, moderation, pins, cancelling,
// attendees, analytics), or touch the email outbox and the sender's functions: refused, and
// nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { auditBy } from '../support/audit.ts';
import {
  type CommunityCast as Cast, createCommunityCast, createEvent, createPost, createRegistration, createReport,
} from '../support/community.ts';
import { anon, attempt, one, owner, refused } from '../support/db.ts';
import { type Member, createDossier, createMember } from '../support/world.ts';

let c: Cast;

beforeAll(async () => {
  c = await createCommunityCast();
});

describe('admin functions', () => {
  type Target = { user: Member; dossier: string; post: string; report: string; event: string };
  type AdminCall = {
    fn: string;
    sql: string;
    args: (t: Target, caller: Member) => unknown[];
    unchanged: (t: Target) => Promise<unknown>;
  };
  const CALLS: AdminCall[] = [
    { fn: 'set_user_role', sql: `select public.set_user_role($1, 'admin')`, args: (t) => [t.user.id],
      unchanged: async (t) => expect((await one('select role from public.profiles where id = $1', [t.user.id])).role).toBe('candidate') },
    { fn: 'set_account_status', sql: `select public.set_account_status($1, 'suspended')`, args: (t) => [t.user.id],
      unchanged: async (t) => expect((await one('select status from public.accounts where user_id = $1', [t.user.id])).status).toBe('active') },
    // A pro trying to take a dossier for themselves.
    { fn: 'assign_dossier', sql: 'select public.assign_dossier($1, $2)', args: (t) => [t.dossier, c.pro.id],
      unchanged: async (t) => expect((await one('select pro_id from public.dossiers where id = $1', [t.dossier])).pro_id).toBeNull() },
    { fn: 'resolve_report', sql: `select public.resolve_report($1, 'removed', 'Hors sujet', 30)`, args: (t) => [t.report],
      unchanged: async (t) => {
        expect((await one('select status from public.reports where id = $1', [t.report])).status).toBe('open');
        expect((await one('select hidden from public.posts where id = $1', [t.post])).hidden).toBe(false);
        expect((await one('select muted_until from public.accounts where user_id = $1', [t.user.id])).muted_until).toBeNull();
      } },
    { fn: 'mute_member', sql: `select public.mute_member($1, 'infinity')`, args: (t) => [t.user.id],
      unchanged: async (t) =>
        expect((await one('select muted_until from public.accounts where user_id = $1', [t.user.id])).muted_until).toBeNull() },
    { fn: 'set_post_pinned', sql: 'select public.set_post_pinned($1, true)', args: (t) => [t.post],
      unchanged: async (t) => expect((await one('select pinned from public.posts where id = $1', [t.post])).pinned).toBe(false) },
    { fn: 'cancel_event', sql: `select public.cancel_event($1, 'Pour voir')`, args: (t) => [t.event],
      unchanged: async (t) => expect((await one('select status from public.events where id = $1', [t.event])).status).toBe('scheduled') },
    { fn: 'event_attendees', sql: 'select * from public.event_attendees($1)', args: (t) => [t.event], unchanged: async () => undefined },
    { fn: 'admin_analytics', sql: 'select public.admin_analytics()', args: () => [], unchanged: async () => undefined },
  ];
  const CALLERS: [string, (c: Cast) => Member][] = [
    ['a candidate', (x) => x.other],
    ['a pro', (x) => x.pro],
    ['a muted member', (x) => x.muted],
    ['a suspended admin', (x) => x.suspendedAdmin],
  ];

  describe.each(CALLERS)('%s', (_label, pick) => {
    it.each(CALLS.map((call) => [call.fn, call] as const))('cannot call %s, and nothing changes', async (_fn, call) => {
      const caller = pick(c);
      const user = await createMember({ fullName: 'Membre Visé' });
      const post = await createPost(user.id);
      const target: Target = {
        user, post, dossier: await createDossier(user.id), report: await createReport(c.member.id, { postId: post }),
        event: await createEvent(),
      };
      await createRegistration(target.event, c.member.id);
      const before = await auditBy(caller.id);

      const result = await attempt(caller.actor, call.sql, call.args(target, caller));

      expect(result).toMatchObject(refused);
      expect(result.ok ? '' : result.message).toMatch(/administrateurs/);
      await call.unchanged(target);
      expect(await auditBy(caller.id)).toBe(before);
    });
  });

  it('anonymous visitors cannot call any of them', async () => {
    for (const call of CALLS) {
      const result = await attempt(anon, call.sql.replace(/\$\d/g, 'null'));
      expect(result, call.fn).toMatchObject(refused);
    }
  });
});

describe('email outbox', () => {
  let email: string;
  beforeAll(async () => {
    // Never due, so no sender elsewhere claims it while these attempts run.
    const { rows } = await owner<{ id: string }>(
      `insert into public.email_outbox (user_id, to_email, template, next_attempt_at)
       values ($1, 'victime@example.test', 'event_reminder', 'infinity') returning id::text`,
      [c.member.id],
    );
    email = rows[0]!.id;
  });
  const state = () => one('select status, attempts, last_error from public.email_outbox where id = $1', [email]);
  const CALLERS = [['an anonymous visitor', () => anon], ['the member', () => c.member.actor], ['an admin', () => c.admin.actor]] as const;

  it.each(CALLERS)('%s cannot read, write or delete queued emails', async (_label, actor) => {
    const statements = [
      ['select id, to_email from public.email_outbox where id = $1', [email]],
      [`insert into public.email_outbox (to_email, template) values ('x@example.test', 'event_reminder')`, []],
      [`update public.email_outbox set status = 'sent' where id = $1`, [email]],
      ['delete from public.email_outbox where id = $1', [email]],
    ] as const;
    for (const [sql, params] of statements) expect(await attempt(actor(), sql, [...params]), sql).toMatchObject(refused);
    expect(await state()).toEqual({ status: 'pending', attempts: 0, last_error: null });
  });

  it.each(CALLERS)('%s cannot call the sender functions or enqueue reminders', async (_label, actor) => {
    const calls = [
      ['select * from public.claim_email_batch(500)', []],
      ['select public.mark_email_sent($1)', [email]],
      [`select public.mark_email_failed($1, 'boom', 1)`, [email]],
      ['select public.enqueue_event_reminders()', []],
    ] as const;
    for (const [sql, params] of calls) expect(await attempt(actor(), sql, [...params]), sql).toMatchObject(refused);
    expect(await state()).toEqual({ status: 'pending', attempts: 0, last_error: null });
  });
});

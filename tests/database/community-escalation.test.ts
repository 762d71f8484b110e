// Every way a member might reach past their rights in Inside, Live and notifications: call the
// admin functions, read or mark someone else's notifications, listen on their channel, get a join
// link without a seat, rewrite someone else's post, forge counters or moderation flags, like twice,
// touch the email outbox, keep publishing while muted, keep acting while suspended. Each attempt is
// refused and changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createComment, createEvent, createLike, createNotification, createPost, createRegistration, createReport, muteUntil,
} from '../support/community.ts';
import { type Actor, anon, attempt, owner } from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { type Member, clearRateLimits, createDossier, createMember } from '../support/world.ts';

type Cast = { member: Member; other: Member; pro: Member; admin: Member; muted: Member; suspended: Member; suspendedAdmin: Member };
let c: Cast;

beforeAll(async () => {
  const [member, other, pro, admin, muted, suspended, suspendedAdmin] = await Promise.all([
    createMember({ fullName: 'Membre Victime' }),
    createMember({ fullName: 'Membre Curieux' }),
    createMember({ role: 'pro', fullName: 'Pro Curieuse' }),
    createMember({ role: 'admin', fullName: 'Admin Témoin' }),
    createMember({ fullName: 'Membre En Sourdine' }),
    createMember({ fullName: 'Membre Suspendue' }),
    createMember({ role: 'admin', fullName: 'Admin Suspendu' }),
  ]);
  await muteUntil(muted.id, 'infinity');
  await owner(`update public.accounts set status = 'suspended' where user_id = any($1)`, [[suspended.id, suspendedAdmin.id]]);
  c = { member, other, pro, admin, muted, suspended, suspendedAdmin };
});

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;
const auditBy = async (actorId: string) =>
  Number((await one<{ n: string }>('select count(*) as n from public.audit_log where actor_id = $1', [actorId])).n);
const refused = { ok: false, code: '42501' };
const nothing = { ok: true, rowCount: 0 };

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

describe("someone else's notifications", () => {
  let notification: string;
  beforeAll(async () => {
    notification = await createNotification(c.member.id, 'Votre document a été approuvé');
  });
  const readAt = async () => (await one('select read_at from public.notifications where id = $1', [notification])).read_at;

  it.each([['another member', 'other'], ['a pro', 'pro'], ['an admin', 'admin']] as const)(
    '%s cannot read them, by id or by owner',
    async (_label, who) => {
      expect(await attempt(c[who].actor, 'select id from public.notifications where id = $1', [notification])).toMatchObject(nothing);
      expect(await attempt(c[who].actor, 'select id from public.notifications where user_id = $1', [c.member.id])).toMatchObject(nothing);
    },
  );

  it('another member cannot mark them read, one by one or all at once', async () => {
    expect(await attempt(c.other.actor, 'update public.notifications set read_at = now() where id = $1', [notification]))
      .toMatchObject(nothing);
    const all = await attempt<{ n: number }>(c.other.actor, 'select public.mark_all_notifications_read() as n');
    expect(all).toMatchObject({ ok: true, rows: [{ n: 0 }] });
    expect(await readAt()).toBeNull();
  });

  it('another member cannot clear them', async () => {
    expect(await attempt(c.other.actor, 'delete from public.notifications where id = $1', [notification])).toMatchObject(nothing);
    expect(await one('select count(*)::int as n from public.notifications where id = $1', [notification])).toEqual({ n: 1 });
  });

  it.each([['another member', 'other'], ['a pro', 'pro'], ['an admin', 'admin']] as const)(
    "%s cannot join the member's channel user:<id>",
    async (_label, who) => {
      expect(await channelAccess(c[who].actor, `user:${c.member.id}`)).toEqual({ canRead: false, canWrite: false });
      expect(await channelAccess(c[who].actor, `user:${c.member.id}`, 'presence')).toEqual({ canRead: false, canWrite: false });
    },
  );

  it("anonymous visitors cannot join a user's channel", async () => {
    expect(await channelAccess(anon, `user:${c.member.id}`)).toEqual({ canRead: false, canWrite: false });
  });

  it('the member listens on their own channel, but nobody can send on it from the browser', async () => {
    expect(await channelAccess(c.member.actor, `user:${c.member.id}`)).toEqual({ canRead: true, canWrite: false });
  });
});

describe('join links', () => {
  const link = (actor: Actor, event: string) => attempt(actor, 'select join_url from public.event_join_links where event_id = $1', [event]);

  it('a member who has not registered cannot read the join link', async () => {
    const event = await createEvent();
    expect(await link(c.other.actor, event)).toMatchObject(nothing);
  });

  it('a waitlisted member cannot read the join link until a seat is theirs', async () => {
    const event = await createEvent({ capacity: 1, joinUrl: 'https://zoom.us/j/777' });
    const first = await createMember();
    expect(await attempt(first.actor, `select status from public.register_for_event($1)`, [event]))
      .toMatchObject({ ok: true, rows: [{ status: 'registered' }] });
    expect(await attempt(c.other.actor, `select status from public.register_for_event($1)`, [event]))
      .toMatchObject({ ok: true, rows: [{ status: 'waitlisted' }] });
    expect(await link(c.other.actor, event)).toMatchObject(nothing);

    // The seat frees up: the waitlisted member is promoted and now sees the link.
    await clearRateLimits(first.id); // one registration change per second per member
    expect(await attempt(first.actor, 'select public.unregister_from_event($1)', [event])).toMatchObject({ ok: true });
    expect(await link(c.other.actor, event)).toMatchObject({ ok: true, rows: [{ join_url: 'https://zoom.us/j/777' }] });
    // And the one who left no longer does.
    expect(await link(first.actor, event)).toMatchObject(nothing);
  });

  it('a suspended member loses the join link of an event they registered for', async () => {
    const event = await createEvent();
    await createRegistration(event, c.suspended.id);
    expect(await link(c.suspended.actor, event)).toMatchObject(nothing);
  });
});

describe("someone else's posts and comments", () => {
  let post: string;
  let comment: string;
  beforeAll(async () => {
    post = await createPost(c.member.id, { body: 'Texte original' });
    comment = await createComment(post, c.member.id, { body: 'Commentaire original' });
  });
  const EDITORS = [['another member', 'other'], ['a pro', 'pro'], ['an admin', 'admin']] as const;

  it.each(EDITORS)("%s cannot edit the member's post or comment", async (_label, who) => {
    expect(await attempt(c[who].actor, `update public.posts set body = 'Réécrit' where id = $1`, [post])).toMatchObject(nothing);
    expect(await attempt(c[who].actor, `update public.comments set body = 'Réécrit' where id = $1`, [comment])).toMatchObject(nothing);
    expect(await one('select body, edited_at from public.posts where id = $1', [post])).toEqual({ body: 'Texte original', edited_at: null });
    expect(await one('select body from public.comments where id = $1', [comment])).toEqual({ body: 'Commentaire original' });
  });

  it.each(EDITORS.slice(0, 2))("%s cannot delete the member's post or comment", async (_label, who) => {
    expect(await attempt(c[who].actor, 'delete from public.comments where id = $1', [comment])).toMatchObject(nothing);
    expect(await attempt(c[who].actor, 'delete from public.posts where id = $1', [post])).toMatchObject(nothing);
    expect(await one('select count(*)::int as n from public.posts where id = $1', [post])).toEqual({ n: 1 });
    expect(await one('select count(*)::int as n from public.comments where id = $1', [comment])).toEqual({ n: 1 });
  });

  it('nobody moves a comment to another post or hands it to another author', async () => {
    const elsewhere = await createPost(c.other.id);
    expect(await attempt(c.member.actor, 'update public.comments set post_id = $2 where id = $1', [comment, elsewhere])).toMatchObject(refused);
    expect(await attempt(c.member.actor, 'update public.comments set author_id = $2 where id = $1', [comment, c.other.id]))
      .toMatchObject(refused);
    expect(await attempt(c.member.actor, 'update public.posts set author_id = $2 where id = $1', [post, c.other.id])).toMatchObject(refused);
  });

  it("nobody publishes, comments, likes or reports in someone else's name", async () => {
    await clearRateLimits(c.other.id);
    const written = () => one(`select (select count(*) from public.posts where author_id = $1)
      + (select count(*) from public.comments where author_id = $1) + (select count(*) from public.post_likes where user_id = $1)
      + (select count(*) from public.reports where reporter_id = $1) as n`, [c.member.id]);
    const before = await written();
    const asMember = [
      [`insert into public.posts (author_id, body) values ($1, 'Usurpé')`, [c.member.id]],
      [`insert into public.comments (post_id, author_id, body) values ($2, $1, 'Usurpé')`, [c.member.id, post]],
      [`insert into public.post_likes (post_id, user_id) values ($2, $1)`, [c.member.id, post]],
      [`insert into public.reports (reporter_id, post_id, reason) values ($1, $2, 'spam')`, [c.member.id, post]],
    ] as const;
    for (const [sql, params] of asMember) {
      expect(await attempt(c.other.actor, sql, [...params]), sql).toMatchObject(refused);
    }
    expect(await written()).toEqual(before);
  });
});

describe('counters, pins and moderation flags', () => {
  let post: string;
  let comment: string;
  beforeAll(async () => {
    post = await createPost(c.member.id);
    comment = await createComment(post, c.member.id);
  });
  const snapshot = () =>
    one(`select like_count, comment_count, pinned, hidden, removal_reason, edited_at, created_at from public.posts where id = $1`, [post]);

  it.each([
    ['like_count', '1000'],
    ['comment_count', '1000'],
    ['pinned', 'true'],
    ['hidden', 'true'],
    ['removal_reason', `'Rien'`],
    ['edited_at', 'null'],
    ['created_at', `now() + interval '1 year'`],
  ])('the author cannot set %s of their own post directly', async (column, value) => {
    const before = await snapshot();
    const result = await attempt(c.member.actor, `update public.posts set ${column} = ${value} where id = $1`, [post]);
    expect(result).toMatchObject(refused);
    expect(await snapshot()).toEqual(before);
  });

  it.each(['pinned', 'hidden', 'like_count'])('an admin cannot set %s of a post directly either', async (column) => {
    const value = column === 'like_count' ? '1000' : 'true';
    expect(await attempt(c.admin.actor, `update public.posts set ${column} = ${value} where id = $1`, [post])).toMatchObject(refused);
  });

  it.each([['hidden', 'true'], ['removal_reason', `'Rien'`], ['edited_at', 'null']])(
    'the author cannot set %s of their own comment directly',
    async (column, value) => {
      expect(await attempt(c.member.actor, `update public.comments set ${column} = ${value} where id = $1`, [comment]))
        .toMatchObject(refused);
    },
  );

  it('the author of a hidden post cannot unhide it', async () => {
    const hidden = await createPost(c.member.id, { hidden: true });
    expect(await attempt(c.member.actor, 'update public.posts set hidden = false where id = $1', [hidden])).toMatchObject(refused);
    expect(await one('select hidden from public.posts where id = $1', [hidden])).toEqual({ hidden: true });
  });

  it('a member cannot close a report by writing it', async () => {
    const report = await createReport(c.other.id, { postId: post });
    expect(await attempt(c.other.actor, `update public.reports set status = 'kept' where id = $1`, [report])).toMatchObject(refused);
    expect(await attempt(c.admin.actor, `update public.reports set status = 'kept' where id = $1`, [report])).toMatchObject(refused);
    expect(await one('select status from public.reports where id = $1', [report])).toEqual({ status: 'open' });
  });
});

describe('likes', () => {
  it('a member cannot like the same post twice, and the count stays at one', async () => {
    const post = await createPost(c.member.id);
    await clearRateLimits(c.other.id); // one like or unlike per second per member
    expect(await attempt(c.other.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject({ ok: true, rowCount: 1 });
    await clearRateLimits(c.other.id);
    expect(await attempt(c.other.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject({ ok: false, code: '23505' });
    expect(await one('select like_count from public.posts where id = $1', [post])).toEqual({ like_count: 1 });
  });

  it("a member cannot withdraw someone else's like", async () => {
    const post = await createPost(c.member.id);
    await createLike(post, c.member.id);
    expect(await attempt(c.other.actor, 'delete from public.post_likes where post_id = $1', [post])).toMatchObject(nothing);
    expect(await one('select like_count from public.posts where id = $1', [post])).toEqual({ like_count: 1 });
  });

  it('a member cannot like a post hidden by moderation', async () => {
    const post = await createPost(c.member.id, { hidden: true });
    await Promise.all([c.other.id, c.member.id].map(clearRateLimits)); // so the refusal is the policy's
    expect(await attempt(c.other.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject(refused);
    expect(await attempt(c.member.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject(refused);
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

describe('a muted member', () => {
  let ownPost: string;
  beforeAll(async () => {
    ownPost = await createPost(c.muted.id, { body: "Écrit avant la mise en sourdine" });
  });

  it('cannot publish a post, with a clear message', async () => {
    await clearRateLimits(c.muted.id);
    const result = await attempt(c.muted.actor, `insert into public.posts (body) values ('Je reviens !') returning id`);
    expect(result).toMatchObject({ ok: false, code: '42501', message: 'Votre compte ne peut pas publier pour le moment.' });
    expect(await one('select count(*)::int as n from public.posts where author_id = $1', [c.muted.id])).toEqual({ n: 1 });
  });

  it('cannot comment, with a clear message', async () => {
    await clearRateLimits(c.muted.id);
    const result = await attempt(c.muted.actor, `insert into public.comments (post_id, body) values ($1, 'Et pourtant') returning id`, [
      await createPost(c.member.id),
    ]);
    expect(result).toMatchObject({ ok: false, code: '42501', message: 'Votre compte ne peut pas publier pour le moment.' });
  });

  it('cannot edit an earlier post to say something new', async () => {
    expect(await attempt(c.muted.actor, `update public.posts set body = 'Contournement' where id = $1`, [ownPost])).toMatchObject(nothing);
    expect(await one('select body from public.posts where id = $1', [ownPost])).toEqual({ body: 'Écrit avant la mise en sourdine' });
  });

  it('cannot lift their own mute', async () => {
    expect(await attempt(c.muted.actor, 'update public.accounts set muted_until = null where user_id = $1', [c.muted.id]))
      .toMatchObject(refused);
    expect(await attempt(c.muted.actor, 'select public.mute_member($1, null)', [c.muted.id])).toMatchObject(refused);
  });
});

describe('a suspended member', () => {
  let post: string;
  let ownPost: string;
  let event: string;
  let notification: string;
  beforeAll(async () => {
    post = await createPost(c.member.id, { body: 'Visible par les membres actifs' });
    ownPost = await createPost(c.suspended.id);
    event = await createEvent();
    await createRegistration(event, c.suspended.id);
    notification = await createNotification(c.suspended.id);
  });

  it.each([
    ['read posts', 'select id from public.posts where id = any($1)', () => [[post, ownPost]]],
    ['read the feed view', 'select id from public.feed_posts where id = any($1)', () => [[post, ownPost]]],
    ['read a feed page', 'select id from public.inside_feed()', () => []],
    ['search posts', `select (post).id from public.search_posts('membres actifs')`, () => []],
    ['read comments', 'select id from public.comments limit 1', () => []],
    ['read likes', 'select post_id from public.post_likes limit 1', () => []],
    ['read events', 'select id from public.events where id = $1', () => [event]],
    ['read their registration', 'select id from public.event_registrations where event_id = $1', () => [event]],
    ['read the join link', 'select join_url from public.event_join_links where event_id = $1', () => [event]],
    ['read their notifications', 'select id from public.notifications where id = $1', () => [notification]],
    ['read their reports', 'select id from public.reports limit 1', () => []],
  ] as const)('cannot %s: nothing visible', async (_label, sql, params) => {
    expect(await attempt(c.suspended.actor, sql, [...params()])).toMatchObject(nothing);
  });

  it.each([
    ['publish a post', `insert into public.posts (body) values ('Toujours là')`, () => []],
    ['comment', `insert into public.comments (post_id, body) values ($1, 'Toujours là')`, () => [post]],
    ['like a post', 'insert into public.post_likes (post_id) values ($1)', () => [post]],
    ['report a post', `insert into public.reports (post_id, reason) values ($1, 'spam')`, () => [post]],
    ['register for an event', 'select public.register_for_event($1)', () => [event]],
    ['give up their seat', 'select public.unregister_from_event($1)', () => [event]],
  ] as const)('cannot %s: refused', async (_label, sql, params) => {
    await clearRateLimits(c.suspended.id);
    expect(await attempt(c.suspended.actor, sql, [...params()])).toMatchObject(refused);
  });

  it('cannot edit, delete or mark anything of their own', async () => {
    expect(await attempt(c.suspended.actor, `update public.posts set body = 'Modifié' where id = $1`, [ownPost])).toMatchObject(nothing);
    expect(await attempt(c.suspended.actor, 'delete from public.posts where id = $1', [ownPost])).toMatchObject(nothing);
    expect(await attempt(c.suspended.actor, 'update public.notifications set read_at = now() where id = $1', [notification]))
      .toMatchObject(nothing);
    expect(await attempt(c.suspended.actor, 'select public.mark_all_notifications_read() as n')).toMatchObject({ ok: true, rows: [{ n: 0 }] });
    expect(await one('select read_at from public.notifications where id = $1', [notification])).toEqual({ read_at: null });
    expect(await one('select count(*)::int as n from public.posts where id = $1', [ownPost])).toEqual({ n: 1 });
  });

  it('cannot listen on their own notification channel', async () => {
    expect(await channelAccess(c.suspended.actor, `user:${c.suspended.id}`)).toEqual({ canRead: false, canWrite: false });
  });

  it('learns nothing from the waitlist', async () => {
    const full = await createEvent({ capacity: 1 });
    await createRegistration(full, c.member.id);
    await createRegistration(full, c.suspended.id, 'waitlisted');
    expect(await attempt(c.suspended.actor, 'select public.event_waitlist_position($1) as position', [full]))
      .toMatchObject({ ok: true, rows: [{ position: 0 }] });
  });
});

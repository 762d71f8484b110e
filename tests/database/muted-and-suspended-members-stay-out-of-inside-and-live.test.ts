// A muted member cannot publish, comment or lift their mute; a suspended member sees nothing of
// Inside, Live or their notifications and can do nothing there.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CommunityCast, createCommunityCast, createEvent, createNotification, createPost, createRegistration,
} from '../support/community.ts';
import { attempt, nothing, one, refused } from '../support/db.ts';
import { channelAccess } from '../support/realtime.ts';
import { clearRateLimits } from '../support/world.ts';

let c: CommunityCast;

beforeAll(async () => {
  c = await createCommunityCast();
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

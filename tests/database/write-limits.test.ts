// Every action that notifies someone, or reaches the moderators, is limited per member like messages
// and posts (private.settings.write_interval, one per second): likes and unlikes, event registrations
// and their withdrawal, reports. A member who goes too fast gets PT429 (PostgREST answers HTTP 429)
// with a French sentence, and liking and unliking in a loop no longer reaches the author's channel.
// "Waiting" is clearing the member's last write time (tests do not sleep).
import { beforeAll, describe, expect, it } from 'vitest';
import { attemptRolledBack, createEvent, createLike, createPost } from '../support/community.ts';
import { type Actor, attempt, owner } from '../support/db.ts';
import { broadcastsFor } from '../support/realtime.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

let author: Member;
let member: Member;

beforeAll(async () => {
  [author, member] = await Promise.all([createMember({ fullName: 'Autrice Populaire' }), createMember({ fullName: 'Membre Pressé' })]);
});

const like = (actor: Actor, post: string) => attempt(actor, 'insert into public.post_likes (post_id) values ($1)', [post]);
const unlike = (m: Member, post: string) =>
  attempt(m.actor, 'delete from public.post_likes where post_id = $1 and user_id = $2', [post, m.id]);
const report = (m: Member, post: string) => attempt(m.actor, `insert into public.reports (post_id, reason) values ($1, 'spam')`, [post]);
const register = (m: Member, event: string) => attempt(m.actor, 'select id from public.register_for_event($1)', [event]);
const unregister = (m: Member, event: string) => attempt(m.actor, 'select public.unregister_from_event($1)', [event]);
const tooFast = { ok: false, code: 'PT429', message: 'Trop de requêtes : patientez une seconde avant de recommencer.' };
const likeCount = async (post: string) =>
  (await owner<{ like_count: number }>('select like_count from public.posts where id = $1', [post])).rows[0]!.like_count;

describe('likes', () => {
  it('unliking right after liking is refused (PT429) in French, and the like stays', async () => {
    const post = await createPost(author.id);
    await clearRateLimits(member.id);
    expect(await like(member.actor, post)).toMatchObject({ ok: true, rowCount: 1 });
    expect(await unlike(member, post)).toEqual(tooFast);
    expect(await likeCount(post)).toBe(1);
  });

  it('liking two posts in the same second is refused for the second', async () => {
    const [first, second] = [await createPost(author.id), await createPost(author.id)];
    await clearRateLimits(member.id);
    expect(await like(member.actor, first)).toMatchObject({ ok: true });
    expect(await like(member.actor, second)).toEqual(tooFast);
    expect(await likeCount(second)).toBe(0);
  });

  it('liking and unliking in a loop tells the author once: one notice, one message on their channel', async () => {
    const since = new Date(Date.now() - 1000);
    const post = await createPost(author.id, { title: 'Mon parcours' });
    for (let round = 0; round < 5; round++) {
      await clearRateLimits(member.id);
      expect(await like(member.actor, post)).toMatchObject({ ok: true });
      await clearRateLimits(member.id);
      expect(await unlike(member, post)).toMatchObject({ ok: true, rowCount: 1 });
    }
    const { rows: notices } = await owner<{ id: string; title: string; data: Record<string, unknown> }>(
      `select id, title, data from public.notifications where user_id = $1 and kind = 'post_liked' and data ->> 'post_id' = $2`,
      [author.id, post],
    );
    expect(notices).toEqual([{ id: expect.any(String), title: 'Membre Pressé a aimé votre publication',
      data: { post_id: post, likers: 1, liker: member.id } }]);
    const broadcasts = (await broadcastsFor(`user:${author.id}`, since)).filter((b) => b.payload?.link === `/inside/${post}`);
    expect(broadcasts).toHaveLength(1);
  });

  it('the limit is per member: another member likes the same post in the same second', async () => {
    const post = await createPost(author.id);
    const other = await createMember({ fullName: 'Autre Lectrice' });
    await clearRateLimits(member.id);
    expect(await like(member.actor, post)).toMatchObject({ ok: true });
    expect(await like(other.actor, post)).toMatchObject({ ok: true });
    expect(await likeCount(post)).toBe(2);
  });

  it('deleting a post removes its likes whatever their likers last did', async () => {
    const post = await createPost(member.id);
    const fans = await Promise.all([createMember(), createMember(), createMember()]);
    for (const fan of fans) await createLike(post, fan.id);
    await clearRateLimits(member.id);
    expect(await like(member.actor, await createPost(author.id))).toMatchObject({ ok: true });
    expect(await attempt(member.actor, 'delete from public.posts where id = $1', [post])).toMatchObject({ ok: true, rowCount: 1 });
  });

  it('erasing an account removes all its likes, even right after a like', async () => {
    const leaving = await createMember();
    for (let i = 0; i < 3; i++) await createLike(await createPost(author.id), leaving.id);
    expect(await like(leaving.actor, await createPost(author.id))).toMatchObject({ ok: true });
    const erased = await attemptRolledBack(leaving.actor, `select public.erase_my_account('SUPPRIMER')`);
    expect(erased).toMatchObject({ ok: true });
  });
});

describe('reports', () => {
  it('a second report in the same second is refused (PT429) in French', async () => {
    const [first, second] = [await createPost(author.id), await createPost(author.id)];
    await clearRateLimits(member.id);
    expect(await report(member, first)).toMatchObject({ ok: true, rowCount: 1 });
    expect(await report(member, second)).toEqual(tooFast);
    await clearRateLimits(member.id);
    expect(await report(member, second)).toMatchObject({ ok: true, rowCount: 1 });
  });
});

describe('event registrations', () => {
  it('registering and giving up the seat in the same second is refused; after a pause it goes through', async () => {
    const event = await createEvent({ capacity: 1 });
    await clearRateLimits(member.id);
    expect(await register(member, event)).toMatchObject({ ok: true });
    expect(await unregister(member, event)).toEqual(tooFast);
    await clearRateLimits(member.id);
    expect(await unregister(member, event)).toMatchObject({ ok: true });
    expect(await register(member, event)).toEqual(tooFast);
  });

  it('taking and freeing a seat in a loop cannot flood the waitlisted member with promotions', async () => {
    const event = await createEvent({ capacity: 1 });
    const waiting = await createMember();
    await clearRateLimits(member.id);
    expect(await register(member, event)).toMatchObject({ ok: true });
    expect(await register(waiting, event)).toMatchObject({ ok: true, rows: [expect.anything()] });
    await clearRateLimits(member.id);
    expect(await unregister(member, event)).toMatchObject({ ok: true }); // waiting is promoted
    expect(await register(member, event)).toEqual(tooFast);
    const { rows } = await owner<{ n: number }>(
      `select count(*)::int as n from public.notifications where user_id = $1 and kind = 'event_promoted'`, [waiting.id]);
    expect(rows[0]!.n).toBe(1);
  });

  it('asking again for a seat one already has is no write, and is not limited', async () => {
    const event = await createEvent();
    await clearRateLimits(member.id);
    expect(await register(member, event)).toMatchObject({ ok: true });
    expect(await register(member, event)).toMatchObject({ ok: true, rowCount: 1 });
  });
});

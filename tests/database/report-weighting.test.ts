// Sign-up is open, so reports hide content by their reporters' standing, not their number
// (private.report_weight): new, inactive or muted accounts weigh 0, established members 1, long-standing
// active members 2, pros 2, admins 3; open reports weighing 3 hide a post or comment. Staff content and
// pinned posts never hide by themselves: their reports wait for an admin.
import { beforeAll, describe, expect, it } from 'vitest';
import { createComment, createPost, establish, muteUntil } from '../support/community.ts';
import { type Actor, attempt, owner } from '../support/db.ts';
import { clearRateLimits, createMember, type Member } from '../support/world.ts';

let author: Member;
let admin: Member;
let pro: Member;
let members: Member[]; // established: a month old, three visible comments each
let trusted: Member; // long-standing: 120 days, twenty visible comments

beforeAll(async () => {
  [author, admin, pro, trusted, ...members] = await Promise.all([
    createMember({ fullName: 'Autrice Signalée' }),
    createMember({ role: 'admin', fullName: 'Admin Modératrice' }),
    createMember({ role: 'pro', fullName: 'Pro Conseiller' }),
    createMember({ fullName: 'Membre de longue date' }),
    ...Array.from({ length: 3 }, (_, i) => createMember({ fullName: `Membre établi ${i + 1}` })),
  ]);
  for (const m of members) await establish(m.id);
  await establish(trusted.id, { days: 120, contributions: 20 });
});

async function report(member: Member, target: { post?: string; comment?: string }) {
  await clearRateLimits(member.id);
  const result = await attempt(member.actor, `insert into public.reports (post_id, comment_id, reason) values ($1, $2, 'spam')`, [
    target.post ?? null, target.comment ?? null,
  ]);
  expect(result).toMatchObject({ ok: true, rowCount: 1 });
}
const hidden = async (table: 'posts' | 'comments', id: string) =>
  (await owner<{ hidden: boolean }>(`select hidden from public.${table} where id = $1`, [id])).rows[0]!.hidden;
const weights = async (post: string) =>
  (await owner<{ weight: number }>('select weight from public.reports where post_id = $1 order by created_at', [post])).rows
    .map((r) => r.weight);
const sees = async (actor: Actor, post: string) =>
  (await attempt(actor, 'select id from public.posts where id = $1', [post])).rowCount;

describe('who can hide a post', () => {
  it('three brand-new accounts cannot: their reports reach the queue and the post stays up', async () => {
    const post = await createPost(author.id);
    const newcomers = await Promise.all([createMember(), createMember(), createMember()]);
    for (const m of newcomers) await report(m, { post });
    expect(await weights(post)).toEqual([0, 0, 0]);
    expect(await hidden('posts', post)).toBe(false);
    expect(await sees(newcomers[0]!.actor, post)).toBe(1);
    expect((await attempt(admin.actor, `select id from public.reports where post_id = $1 and status = 'open'`, [post])).rowCount).toBe(3);
  });

  it('old accounts that never wrote anything visible weigh nothing either', async () => {
    const post = await createPost(author.id);
    const silent = await Promise.all([createMember(), createMember(), createMember()]);
    for (const m of silent) await owner(`update public.accounts set created_at = now() - interval '1 year' where user_id = $1`, [m.id]);
    for (const m of silent) await report(m, { post });
    expect(await weights(post)).toEqual([0, 0, 0]);
    expect(await hidden('posts', post)).toBe(false);
  });

  it('contributions hidden by moderation do not count towards standing', async () => {
    const post = await createPost(author.id);
    const flagged = await createMember();
    await owner(`update public.accounts set created_at = now() - interval '1 year' where user_id = $1`, [flagged.id]);
    for (let i = 0; i < 3; i++) await createComment(post, flagged.id, { hidden: true });
    await report(flagged, { post });
    expect(await weights(post)).toEqual([0]);
  });

  it('three established members do: two leave it up, the third hides it', async () => {
    const post = await createPost(author.id);
    await report(members[0]!, { post });
    await report(members[1]!, { post });
    expect(await hidden('posts', post)).toBe(false);
    await report(members[2]!, { post });
    expect(await weights(post)).toEqual([1, 1, 1]);
    expect(await hidden('posts', post)).toBe(true);
  });

  it('a long-standing member weighs two: with one other member, the post hides', async () => {
    const post = await createPost(author.id);
    await report(trusted, { post });
    expect(await hidden('posts', post)).toBe(false);
    await report(members[0]!, { post });
    expect(await weights(post)).toEqual([2, 1]);
    expect(await hidden('posts', post)).toBe(true);
  });

  it("a pro's report weighs two, an admin's three: an admin's report alone hides it", async () => {
    const byPro = await createPost(author.id);
    await report(pro, { post: byPro });
    expect([await weights(byPro), await hidden('posts', byPro)]).toEqual([[2], false]);
    const byAdmin = await createPost(author.id);
    await report(admin, { post: byAdmin });
    expect([await weights(byAdmin), await hidden('posts', byAdmin)]).toEqual([[3], true]);
  });

  it("a muted member's report weighs nothing", async () => {
    const post = await createPost(author.id);
    const muted = await createMember();
    await establish(muted.id);
    await muteUntil(muted.id, '2999-01-01T00:00:00Z');
    await report(muted, { post });
    expect(await weights(post)).toEqual([0]);
  });

  it('a reporter cannot choose their weight, nor read it', async () => {
    const post = await createPost(author.id);
    await clearRateLimits(members[0]!.id);
    const forged = await attempt(members[0]!.actor, `insert into public.reports (post_id, reason, weight) values ($1, 'spam', 3)`, [post]);
    expect(forged).toMatchObject({ ok: false, code: '42501' });
    expect(await attempt(members[0]!.actor, 'select weight from public.reports limit 1')).toMatchObject({ ok: false, code: '42501' });
    expect(await hidden('posts', post)).toBe(false);
  });
});

describe('what never hides by itself', () => {
  it("the admin's pinned post stays up under every report, the admin's own included", async () => {
    const post = await createPost(admin.id, { pinned: true });
    for (const m of [...members, trusted, pro, admin]) await report(m, { post });
    expect(await hidden('posts', post)).toBe(false);
    expect(await sees(members[0]!.actor, post)).toBe(1);
  });

  it("a pinned member's post stays up too", async () => {
    const post = await createPost(author.id, { pinned: true });
    for (const m of [...members, admin]) await report(m, { post });
    expect(await hidden('posts', post)).toBe(false);
  });

  it.each([['a pro', () => pro], ['an admin', () => admin]])("%s's post and comment stay up", async (_who, staffOf) => {
    const staff = staffOf();
    const post = await createPost(staff.id);
    const comment = await createComment(await createPost(author.id), staff.id);
    for (const m of [...members, trusted]) {
      await report(m, { post });
      await report(m, { comment });
    }
    expect(await hidden('posts', post)).toBe(false);
    expect(await hidden('comments', comment)).toBe(false);
  });

  it("a member's comment hides like a post", async () => {
    const comment = await createComment(await createPost(author.id), author.id);
    for (const m of members) await report(m, { comment });
    expect(await hidden('comments', comment)).toBe(true);
  });
});

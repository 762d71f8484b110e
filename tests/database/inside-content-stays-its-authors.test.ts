// Members try to rewrite or delete someone else's posts and comments, write in their name, set
// counters, pins and moderation flags by hand, or like twice: refused, and nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CommunityCast, createComment, createCommunityCast, createLike, createPost, createReport,
} from '../support/community.ts';
import { attempt, nothing, one, refused } from '../support/db.ts';
import { clearRateLimits } from '../support/world.ts';

let c: CommunityCast;

beforeAll(async () => {
  c = await createCommunityCast();
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

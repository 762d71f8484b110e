// A reply or a like tells the post's author in the app and on their channel, never by email; likes
// fold into one notice while it is unread, even when they arrive together.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, attempt, one, owner } from '../support/db.ts';
import { comment, counts, createInsideCast, publish } from '../support/inside.ts';
import { broadcastsFor } from '../support/realtime.ts';
import { type Member, clearRateLimits } from '../support/world.ts';

let author: Member, readers: Member[]; // readers: five other members

beforeAll(async () => {
  ({ author, readers } = await createInsideCast());
});

describe('reply notifications', () => {
  const repliesTo = (member: Member, post: string) =>
    owner<{ kind: string; title: string; link: string; data: Record<string, unknown> }>(
      `select kind, title, link, data from public.notifications where user_id = $1 and data ->> 'post_id' = $2::text order by created_at`,
      [member.id, post],
    );

  it('a comment notifies the post author in the app and on their channel, without an email', async () => {
    const since = new Date(Date.now() - 1000);
    const post = await publish(author, 'Qui connaît le PEQ ?');
    const id = await comment(readers[3]!, post, 'Moi ! Le volet diplômés est rapide.');
    const { rows } = await repliesTo(author, post);
    expect(rows).toEqual([{ kind: 'post_reply', title: 'Lecteur 4 a répondu à votre publication', link: `/inside/${post}`,
      data: { post_id: post, comment_id: id } }]);
    expect(await one(`select count(*)::int as n from public.email_outbox where user_id = $1 and template = 'post_reply'`, [author.id]))
      .toEqual({ n: 0 });
    const broadcasts = await broadcastsFor(`user:${author.id}`, since);
    expect(broadcasts.some((b) => b.event === 'notification' && b.payload?.kind === 'post_reply' && b.payload?.link === `/inside/${post}`))
      .toBe(true);
    expect((await repliesTo(readers[3]!, post)).rows).toEqual([]);
  });

  it('commenting on one\'s own post notifies nobody', async () => {
    const post = await publish(author, 'Je me réponds à moi-même');
    await comment(author, post, 'Précision : c’était pour 2027.');
    expect((await repliesTo(author, post)).rows).toEqual([]);
  });
});

describe('like notifications', () => {
  type Notice = { id: string; title: string; body: string; link: string; read_at: Date | null; data: Record<string, unknown> };
  const noticesOf = async (post: string) => (await owner<Notice>(
    `select id, title, body, link, read_at, data from public.notifications
     where user_id = $1 and kind = 'post_liked' and data ->> 'post_id' = $2::text order by created_at`,
    [author.id, post],
  )).rows;
  const like = async (member: Member, post: string) => {
    await clearRateLimits(member.id); // one like or unlike per second per member
    expect(await attempt(member.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject({ ok: true });
  };

  it('a like tells the author in the app and on their channel, without an email', async () => {
    const since = new Date(Date.now() - 1000);
    const post = await publish(author, 'Mon retour sur la biométrie', 'Biométrie à Montréal');
    await like(readers[0]!, post);
    const notices = await noticesOf(post);
    expect(notices).toEqual([{ id: expect.any(String), title: 'Lecteur 1 a aimé votre publication', body: 'Biométrie à Montréal',
      link: `/inside/${post}`, read_at: null, data: { post_id: post, likers: 1, liker: readers[0]!.id } }]);
    expect(await one(`select count(*)::int as n from public.email_outbox where user_id = $1 and template = 'post_liked'`, [author.id]))
      .toEqual({ n: 0 });
    const broadcasts = await broadcastsFor(`user:${author.id}`, since);
    expect(broadcasts.find((b) => b.payload?.id === notices[0]!.id)?.payload).toMatchObject({ kind: 'post_liked', replaces: null });
  });

  it('likes that come while the notice is unread fold into one notice that counts every liker', async () => {
    const since = new Date(Date.now() - 1000);
    const post = await publish(author, 'Sans titre, mais avec un texte assez long pour servir de résumé.');
    await like(readers[0]!, post);
    const [first] = await noticesOf(post);
    await like(readers[1]!, post);
    const [second] = await noticesOf(post);
    expect(second).toMatchObject({ title: 'Lecteur 2 et 1 autre personne ont aimé votre publication',
      body: 'Sans titre, mais avec un texte assez long pour servir de résumé.', data: { likers: 2, replaces: first!.id } });
    await like(readers[2]!, post);
    const notices = await noticesOf(post);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ title: 'Lecteur 3 et 2 autres personnes ont aimé votre publication', read_at: null,
      data: { post_id: post, likers: 3, replaces: second!.id } });
    const broadcasts = await broadcastsFor(`user:${author.id}`, since);
    expect(broadcasts.find((b) => b.payload?.id === notices[0]!.id)?.payload).toMatchObject({ replaces: second!.id });
  });

  it('once the author has read the notice, the next like starts a new one', async () => {
    const post = await publish(author, 'Lu puis aimé encore');
    await like(readers[0]!, post);
    const [read] = await noticesOf(post);
    expect(await attempt(author.actor, 'update public.notifications set read_at = now() where id = $1', [read!.id])).toMatchObject({ ok: true, rowCount: 1 });
    await like(readers[1]!, post);
    const notices = await noticesOf(post);
    expect(notices.map((n) => [n.title, n.read_at === null])).toEqual([
      ['Lecteur 1 a aimé votre publication', false],
      ['Lecteur 2 a aimé votre publication', true],
    ]);
  });

  it('two unread notices about one post, however they came, fold into the next one', async () => {
    const post = await publish(author, 'Deux avis en attente');
    await like(readers[0]!, post);
    await owner(`insert into public.notifications (user_id, kind, title, link, data)
                 values ($1, 'post_liked', 'Ancien avis', '/inside/' || $2, jsonb_build_object('post_id', $2::uuid, 'likers', 2))`, [author.id, post]);
    await like(readers[1]!, post);
    expect((await noticesOf(post)).map((n) => [n.title, n.data.likers])).toEqual([
      ['Lecteur 2 et 3 autres personnes ont aimé votre publication', 4],
    ]);
  });

  it('liking one\'s own post, and unliking, notify nobody', async () => {
    const post = await publish(author, 'J’aime ma propre publication');
    await like(author, post);
    expect(await noticesOf(post)).toEqual([]);
    await like(readers[0]!, post);
    await clearRateLimits(readers[0]!.id);
    await attempt(readers[0]!.actor, 'delete from public.post_likes where post_id = $1 and user_id = $2', [post, readers[0]!.id]);
    expect((await noticesOf(post)).map((n) => n.data.likers)).toEqual([1]);
  });

  it('a like waiting on another one\'s transaction folds into the notice that one leaves', async () => {
    const post = await publish(author, 'Deux mentions j’aime au même instant');
    await clearRateLimits(readers[0]!.id);
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let inserted!: () => void;
    const firstInserted = new Promise<void>((resolve) => { inserted = resolve; });
    const first = as(readers[0]!.actor, async (q) => {
      await q.query('insert into public.post_likes (post_id) values ($1)', [post]);
      inserted();
      await held;
    });
    await firstInserted;
    const second = like(readers[1]!, post);
    // The second like waits on the post's row, locked by the first one's like_count update.
    await expect.poll(async () => (await owner<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into public.post_likes%'`,
    )).rows[0]!.n).toBe(1);
    release();
    await Promise.all([first, second]);
    expect((await noticesOf(post)).map((n) => [n.title, n.data.likers])).toEqual([
      ['Lecteur 2 et 1 autre personne ont aimé votre publication', 2],
    ]);
  });

  it('likes arriving together still leave one notice that counts them all', async () => {
    const post = await publish(author, 'Tout le monde en même temps');
    await Promise.all(readers.map((reader) => like(reader, post)));
    const notices = await noticesOf(post);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data.likers).toBe(readers.length);
    expect(await counts(post)).toMatchObject({ like_count: readers.length });
  });
});

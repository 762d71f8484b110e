// Finding posts in Inside: French full-text search (stems, ranking, hidden posts left out) and the
// feed paged by keyset with pinned posts first, with liked_by_me for the reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPost } from '../support/community.ts';
import { type Actor, attempt, one, owner } from '../support/db.ts';
import { createInsideCast, publish } from '../support/inside.ts';
import { type Member } from '../support/world.ts';

let author: Member, admin: Member, readers: Member[]; // readers: five other members

beforeAll(async () => {
  ({ author, admin, readers } = await createInsideCast());
});

const randomWord = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

describe('full-text search (French)', () => {
  let marker: string; // a word only this block's posts contain, so other files' posts never match
  const search = async (actor: Actor, query: string) => {
    const result = await attempt<{ id: string; rank: number }>(actor, 'select (post).id as id, rank from public.search_posts($1)', [
      `${query} ${marker}`,
    ]);
    if (!result.ok) throw new Error(result.message);
    return result.rows;
  };

  beforeAll(() => {
    marker = randomWord();
  });

  it('finds a post saying "immigrer" when searching "immigration" (both stem to immigr)', async () => {
    const post = await createPost(author.id, { title: null, body: `Nous voulons immigrer au Canada l’an prochain. ${marker}` });
    const unrelated = await createPost(author.id, { title: null, body: `Les oiseaux migrateurs passent par ici. ${marker}` });
    const ids = (await search(readers[0]!.actor, 'immigration')).map((r) => r.id);
    expect(ids).toContain(post);
    expect(ids).not.toContain(unrelated);
  });

  it('finds a post about "documents" when searching "document", and the other way round', async () => {
    const plural = await createPost(author.id, { title: null, body: `Quels documents traduire ? ${marker}` });
    const singular = await createPost(author.id, { title: null, body: `Un document manque à mon dossier. ${marker}` });
    expect((await search(readers[0]!.actor, 'document')).map((r) => r.id)).toEqual(expect.arrayContaining([plural, singular]));
    expect((await search(readers[0]!.actor, 'documents')).map((r) => r.id)).toEqual(expect.arrayContaining([plural, singular]));
  });

  it('ranks a post with the words in its title above one that mentions them once in passing', async () => {
    const passing = await createPost(author.id, {
      title: 'Question diverse',
      body: `${marker} Bonjour, je parle de beaucoup de choses, dont mon permis, mais surtout du logement et des écoles.`,
    });
    const focused = await createPost(author.id, { title: 'Permis de travail fermé', body: `Mon permis de travail expire. ${marker}` });
    const rows = await search(readers[1]!.actor, 'permis');
    const mine = rows.filter((r) => r.id === passing || r.id === focused);
    expect(mine.map((r) => r.id)).toEqual([focused, passing]);
    expect(mine[0]!.rank).toBeGreaterThan(mine[1]!.rank);
    expect(rows.map((r) => r.rank)).toEqual([...rows.map((r) => r.rank)].sort((a, b) => b - a));
  });

  it('leaves hidden posts out of the results, even for their author and admins', async () => {
    const visible = await createPost(author.id, { body: `Parrainage de conjoint : les étapes. ${marker}` });
    const hidden = await createPost(author.id, { body: `Parrainage de conjoint garanti, payez ici. ${marker}`, hidden: true });
    for (const actor of [readers[2]!.actor, author.actor, admin.actor]) {
      const ids = (await search(actor, 'parrainage conjoint')).map((r) => r.id);
      expect(ids).toContain(visible);
      expect(ids).not.toContain(hidden);
    }
  });
});

// Candidates are the 500 most recent visible matches, whichever way they are found: all in the
// newest posts (the sample), walking older posts (a common word) or from the GIN index (a rare one).
describe('search candidates', () => {
  const words = { everywhere: randomWord(), half: randomWord(), rare: randomWord() };
  let posts: string[];

  beforeAll(async () => {
    // Dated a day back so that other files' new posts stay first in their feeds; every tenth hidden.
    const { rows } = await owner<{ id: string }>(
      `insert into public.posts (author_id, title, body, hidden, created_at)
       select $1, 'Recherche', concat_ws(' ', $2::text, case when i % 2 = 1 then $3 end, case when i > 1160 then $4 end),
              i % 10 = 0, now() - interval '1 day' - make_interval(secs => i * 0.01)
       from generate_series(1, 1200) i
       returning id`,
      [author.id, words.everywhere, words.half, words.rare],
    );
    posts = rows.map((r) => r.id);
  });

  afterAll(async () => {
    await owner(`delete from public.posts where id = any($1)`, [posts]);
  });

  it.each(Object.keys(words) as (keyof typeof words)[])('are the 500 most recent visible matches for a word in %s', async (which) => {
    const found = await attempt<{ id: string }>(readers[3]!.actor,
      `select post_id as id from private.search_post_candidates($1) order by created_at desc, post_id desc`, [words[which]]);
    if (!found.ok) throw new Error(found.message);
    const truth = await owner<{ id: string }>(
      `select id from public.posts where search_vector @@ websearch_to_tsquery('french', $1) and not hidden
       order by created_at desc, id desc limit 500`,
      [words[which]],
    );
    expect(truth.rows.length).toBe({ everywhere: 500, half: 500, rare: 36 }[which]);
    expect(found.rows.map((r) => r.id)).toEqual(truth.rows.map((r) => r.id));
  });
});

describe('the feed', () => {
  type Item = { id: string; pinned: boolean; at: string };
  const page = async (actor: Actor, cursor: { at: string; id: string } | null, size: number) => {
    const result = await attempt<Item>(actor, 'select id, pinned, created_at::text as at from public.inside_feed($1::timestamptz, $2::uuid, $3)', [
      cursor?.at ?? null, cursor?.id ?? null, size,
    ]);
    if (!result.ok) throw new Error(result.message);
    return result.rows;
  };
  const epochMicros = async (at: string) => BigInt((await one<{ us: string }>(`select (extract(epoch from $1::timestamptz) * 1000000)::bigint::text as us`, [at])).us);

  it('the first page starts with the pinned posts, newest first, then the newest other posts', async () => {
    const pinned = await createPost(author.id, { title: 'Règles de la communauté' });
    expect(await attempt(admin.actor, 'select id from public.set_post_pinned($1, true)', [pinned])).toMatchObject({ ok: true });
    await createPost(author.id, { body: 'Une publication ordinaire' });

    const rows = await page(readers[0]!.actor, null, 10);
    const split = rows.findIndex((r) => !r.pinned);
    expect(split).toBeGreaterThan(0);
    expect(rows.slice(0, split).every((r) => r.pinned)).toBe(true);
    expect(rows.slice(split).every((r) => !r.pinned)).toBe(true);
    expect(rows.slice(0, split).map((r) => r.id)).toContain(pinned);
    expect(rows.slice(split)).toHaveLength(10);
    for (const part of [rows.slice(0, split), rows.slice(split)]) {
      const times = await Promise.all(part.map((r) => epochMicros(r.at)));
      expect(times).toEqual([...times].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    }
  });

  it('pages by keyset: each page continues right after the last (created_at, id) of the previous one, with no duplicate and no gap, across posts sharing a created_at', async () => {
    // A window of the past only this test writes in: 12 posts at the same instant, 3 just after,
    // 3 just before, plus a hidden and a pinned post at that instant which must never appear.
    const at = '2003-03-03 10:00:00.123456+00';
    const later = '2003-03-03 10:00:01.5+00';
    const earlier = '2003-03-03 09:59:59+00';
    const shared = await Promise.all(Array.from({ length: 12 }, (_, i) => createPost(readers[i % 5]!.id, { body: `Même instant ${i}`, createdAt: at })));
    const after = await Promise.all(Array.from({ length: 3 }, () => createPost(author.id, { createdAt: later })));
    const before = await Promise.all(Array.from({ length: 3 }, () => createPost(author.id, { createdAt: earlier })));
    const hidden = await createPost(author.id, { createdAt: at, hidden: true });
    const pinned = await createPost(author.id, { createdAt: at, pinned: true });
    const desc = (ids: string[]) => [...ids].sort().reverse(); // uuid order is the order of their hex text
    const expected = [...desc(after), ...desc(shared), ...desc(before)];
    const mine = new Set(expected);

    const seen: Item[] = [];
    const boundaries: [Item, Item][] = [];
    let cursor = { at: '2003-03-03 10:00:02+00', id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
    for (let i = 0; i < 10; i += 1) {
      const rows = (await page(readers[0]!.actor, cursor, 5)).filter((r) => mine.has(r.id) || r.id === hidden || r.id === pinned);
      if (rows.length === 0) break;
      if (seen.length > 0) boundaries.push([seen.at(-1)!, rows[0]!]);
      seen.push(...rows);
      cursor = { at: rows.at(-1)!.at, id: rows.at(-1)!.id };
    }

    expect(seen.map((r) => r.id)).toEqual(expected);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    // Page boundaries fell inside the group sharing one instant, and each page went on from there.
    expect(boundaries.some(([last, next]) => last.at === next.at)).toBe(true);
    for (const [last, next] of boundaries) expect(expected.indexOf(next.id)).toBe(expected.indexOf(last.id) + 1);
  });

  it('liked_by_me is true only for the member who liked the post', async () => {
    const post = await publish(author, 'Aimez-vous Montréal en hiver ?');
    await attempt(readers[0]!.actor, 'insert into public.post_likes (post_id) values ($1)', [post]);
    const likedBy = async (member: Member) => {
      const result = await attempt<{ liked_by_me: boolean }>(member.actor, 'select liked_by_me from public.feed_posts where id = $1', [post]);
      return result.ok ? result.rows[0]?.liked_by_me : result.message;
    };
    expect(await likedBy(readers[0]!)).toBe(true);
    expect(await likedBy(readers[1]!)).toBe(false);
    expect(await likedBy(author)).toBe(false);

    // The same through a feed page that starts just after the post.
    const { rows: [{ at }] } = await owner<{ at: string }>(
      `select (created_at + interval '1 millisecond')::text as at from public.posts where id = $1`, [post]);
    const liked = await attempt<{ id: string; liked_by_me: boolean }>(readers[0]!.actor,
      'select id, liked_by_me from public.inside_feed($1::timestamptz, null, 50) where id = $2', [at, post]);
    expect(liked).toMatchObject({ rows: [{ id: post, liked_by_me: true }] });
    const notLiked = await attempt(readers[1]!.actor, 'select id, liked_by_me from public.inside_feed($1::timestamptz, null, 50) where id = $2', [at, post]);
    expect(notLiked).toMatchObject({ rows: [{ id: post, liked_by_me: false }] });
  });
});

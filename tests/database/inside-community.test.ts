// Inside as its members live it: counts that follow likes and comments, edit stamps, reports that
// hide content until an admin keeps or removes it (and may mute its author), French full-text
// search, the feed paged by keyset with pinned posts first, liked-by-me, and reply notifications.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPost, createReport, establish } from '../support/community.ts';
import { type Actor, as, attempt, owner } from '../support/db.ts';
import { broadcastsFor } from '../support/realtime.ts';
import { type Member, clearRateLimits, createMember } from '../support/world.ts';

let author: Member;
let readers: Member[]; // five other members
let admin: Member;

beforeAll(async () => {
  [author, admin, ...readers] = await Promise.all([
    createMember({ fullName: 'Awa Autrice' }),
    createMember({ role: 'admin', fullName: 'Admin Modératrice' }),
    ...Array.from({ length: 5 }, (_, i) => createMember({ fullName: `Lecteur ${i + 1}` })),
  ]);
});

const one = async <R extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await owner<R>(sql, params)).rows[0]!;
const counts = (post: string) => one<{ like_count: number; comment_count: number }>(
  'select like_count, comment_count from public.posts where id = $1', [post]);
async function sees(actor: Actor, post: string): Promise<boolean> {
  const result = await attempt(actor, 'select id from public.posts where id = $1', [post]);
  return result.ok && result.rowCount === 1;
}
/** Publishes as the member through the API (the write limit is one per second: start clean). */
async function publish(member: Member, body: string, title: string | null = null): Promise<string> {
  await clearRateLimits(member.id);
  const result = await attempt<{ id: string }>(member.actor, 'insert into public.posts (title, body) values ($1, $2) returning id', [title, body]);
  if (!result.ok) throw new Error(result.message);
  return result.rows[0]!.id;
}
async function comment(member: Member, post: string, body = 'Merci, très utile.'): Promise<string> {
  await clearRateLimits(member.id);
  const result = await attempt<{ id: string }>(member.actor, 'insert into public.comments (post_id, body) values ($1, $2) returning id', [post, body]);
  if (!result.ok) throw new Error(result.message);
  return result.rows[0]!.id;
}
async function report(member: Member, target: { post?: string; comment?: string }) {
  await clearRateLimits(member.id);
  return attempt(member.actor, `insert into public.reports (post_id, comment_id, reason) values ($1, $2, 'spam')`, [
    target.post ?? null, target.comment ?? null,
  ]);
}
const randomWord = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

describe('counts', () => {
  it('like_count follows likes and unlikes', async () => {
    const post = await publish(author, 'Quelqu’un a reçu son invitation ce mois-ci ?');
    for (const reader of readers.slice(0, 3)) {
      expect(await attempt(reader.actor, 'insert into public.post_likes (post_id) values ($1)', [post])).toMatchObject({ ok: true });
    }
    expect(await counts(post)).toMatchObject({ like_count: 3 });
    await clearRateLimits(readers[0]!.id); // one like or unlike per second per member
    expect(await attempt(readers[0]!.actor, 'delete from public.post_likes where post_id = $1 and user_id = $2', [post, readers[0]!.id]))
      .toMatchObject({ ok: true, rowCount: 1 });
    expect(await counts(post)).toMatchObject({ like_count: 2 });
  });

  it('comment_count follows comments written and deleted, by their author or an admin', async () => {
    const post = await publish(author, 'Vos délais pour la biométrie ?');
    const first = await comment(readers[0]!, post);
    const second = await comment(readers[1]!, post);
    await comment(author, post, 'Merci à vous deux.');
    expect(await counts(post)).toEqual({ like_count: 0, comment_count: 3 });
    expect(await attempt(readers[0]!.actor, 'delete from public.comments where id = $1', [first])).toMatchObject({ rowCount: 1 });
    expect(await attempt(admin.actor, 'delete from public.comments where id = $1', [second])).toMatchObject({ rowCount: 1 });
    expect(await counts(post)).toEqual({ like_count: 0, comment_count: 1 });
  });
});

describe('edit stamps', () => {
  const editedAt = async (table: 'posts' | 'comments', id: string) =>
    (await one<{ edited_at: Date | null }>(`select edited_at from public.${table} where id = $1`, [id])).edited_at;

  it('a new post has no edit stamp; editing its text or title sets one', async () => {
    const post = await publish(author, 'Premier jet', 'Titre');
    expect(await editedAt('posts', post)).toBeNull();
    expect(await attempt(author.actor, `update public.posts set body = 'Texte revu' where id = $1`, [post])).toMatchObject({ rowCount: 1 });
    const first = await editedAt('posts', post);
    expect(first).toBeInstanceOf(Date);

    const other = await publish(author, 'Corps inchangé', 'Ancien titre');
    expect(await attempt(author.actor, `update public.posts set title = 'Nouveau titre' where id = $1`, [other])).toMatchObject({ rowCount: 1 });
    expect(await editedAt('posts', other)).toBeInstanceOf(Date);
  });

  it('likes, comments, pinning and saving the same text again are not edits', async () => {
    const post = await publish(author, 'Texte stable', 'Titre stable');
    await attempt(readers[0]!.actor, 'insert into public.post_likes (post_id) values ($1)', [post]);
    await comment(readers[1]!, post);
    expect(await attempt(admin.actor, 'select id from public.set_post_pinned($1, true)', [post])).toMatchObject({ ok: true });
    expect(await attempt(admin.actor, 'select id from public.set_post_pinned($1, false)', [post])).toMatchObject({ ok: true });
    expect(await attempt(author.actor, `update public.posts set body = 'Texte stable', title = 'Titre stable' where id = $1`, [post]))
      .toMatchObject({ rowCount: 1 });
    expect(await counts(post)).toEqual({ like_count: 1, comment_count: 1 });
    expect(await editedAt('posts', post)).toBeNull();
  });

  it('editing a comment stamps it; the post it belongs to is not stamped', async () => {
    const post = await publish(author, 'Une question simple');
    const id = await comment(readers[0]!, post, 'Premier avis');
    expect(await editedAt('comments', id)).toBeNull();
    expect(await attempt(readers[0]!.actor, `update public.comments set body = 'Avis corrigé' where id = $1`, [id])).toMatchObject({ rowCount: 1 });
    expect(await editedAt('comments', id)).toBeInstanceOf(Date);
    expect(await editedAt('posts', post)).toBeNull();
  });
});

describe('reports and moderation', () => {
  // Established members (a month old, with visible comments): each report of theirs weighs 1.
  beforeAll(async () => {
    for (const reader of readers) await establish(reader.id);
  });
  const auditOf = (action: string, targetId: string) =>
    owner<{ actor_id: string; details: Record<string, unknown> }>(
      'select actor_id, details from public.audit_log where action = $1 and target_id = $2 order by id', [action, targetId]);
  /** A post of the author reported by the first `n` readers. */
  async function reportedPost(n: number): Promise<string> {
    const post = await publish(author, 'Vends accompagnement garanti, résultat assuré !');
    for (const reader of readers.slice(0, n)) expect(await report(reader, { post })).toMatchObject({ ok: true });
    return post;
  }

  it('two open reports leave a post visible to everyone', async () => {
    const post = await reportedPost(2);
    expect(await one('select hidden from public.posts where id = $1', [post])).toEqual({ hidden: false });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
  });

  it('a third open report, from a third member, hides the post from other members but not from its author or admins', async () => {
    const post = await reportedPost(3);
    expect(await sees(readers[4]!.actor, post)).toBe(false);
    expect(await sees(readers[0]!.actor, post)).toBe(false);
    expect(await attempt(readers[4]!.actor, 'select id from public.feed_posts where id = $1', [post])).toMatchObject({ rowCount: 0 });
    expect(await sees(author.actor, post)).toBe(true);
    expect(await sees(admin.actor, post)).toBe(true);
  });

  it('one member reporting twice counts once: the second report is refused', async () => {
    const post = await reportedPost(1);
    expect(await report(readers[0]!, { post })).toMatchObject({ ok: false, code: '23505' });
    expect(await report(readers[0]!, { post })).toMatchObject({ ok: false, code: '23505' });
    expect(await one('select hidden from public.posts where id = $1', [post])).toEqual({ hidden: false });
  });

  it('three open reports hide a comment from other members but not from its author or admins', async () => {
    const post = await publish(author, 'Partagez vos astuces logement');
    const id = await comment(readers[4]!, post, 'Contactez-moi en privé pour un bail sans garant, paiement d’avance');
    for (const reader of readers.slice(0, 2)) await report(reader, { comment: id });
    const seen = (actor: Actor) => attempt(actor, 'select id from public.comments where id = $1', [id]);
    expect(await seen(author.actor)).toMatchObject({ rowCount: 1 });
    await report(readers[2]!, { comment: id });
    expect(await seen(author.actor)).toMatchObject({ rowCount: 0 });
    expect(await seen(readers[4]!.actor)).toMatchObject({ rowCount: 1 });
    expect(await seen(admin.actor)).toMatchObject({ rowCount: 1 });
  });

  it('an admin keeping a post makes it visible again and resolves all of its open reports at once', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 order by created_at limit 1', [post]);
    const result = await attempt<{ n: number }>(admin.actor, `select public.resolve_report($1, 'kept', 'Publicité tolérée') as n`, [first!.id]);
    expect(result).toMatchObject({ ok: true, rows: [{ n: 3 }] });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
    const { rows } = await owner('select status, resolved_by, resolved_at is not null as stamped from public.reports where post_id = $1', [post]);
    expect(rows).toEqual(Array(3).fill({ status: 'kept', resolved_by: admin.id, stamped: true }));
    const audit = await auditOf('report.resolved', first!.id);
    expect(audit.rows).toEqual([{ actor_id: admin.id, details: expect.objectContaining({ decision: 'kept', post_id: post, reports: 3 }) }]);
  });

  it('kept reports no longer count: three new reports are needed to hide the post again', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    await attempt(admin.actor, `select public.resolve_report($1, 'kept')`, [first!.id]);
    expect(await report(readers[3]!, { post })).toMatchObject({ ok: true });
    expect(await sees(readers[4]!.actor, post)).toBe(true);
  });

  it('an admin removing a post keeps it hidden, with the reason its author can read', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', '  Publicité interdite  ') as n`, [first!.id]))
      .toMatchObject({ ok: true, rows: [{ n: 3 }] });
    expect(await sees(readers[4]!.actor, post)).toBe(false);
    expect(await attempt(author.actor, 'select hidden, removal_reason from public.posts where id = $1', [post]))
      .toMatchObject({ rows: [{ hidden: true, removal_reason: 'Publicité interdite' }] });
    const { rows } = await owner('select distinct status from public.reports where post_id = $1', [post]);
    expect(rows).toEqual([{ status: 'removed' }]);
  });

  it('removing without a reason is refused, with a clear message, and changes nothing', async () => {
    const post = await reportedPost(3);
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);
    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', '   ')`, [first!.id]))
      .toMatchObject({ ok: false, code: '22023', message: 'Indiquez la raison du retrait.' });
    expect(await one(`select count(*)::int as n from public.reports where post_id = $1 and status = 'open'`, [post])).toEqual({ n: 3 });
  });

  it('resolving with a mute of N days mutes the author for N days: they can no longer post or comment', async () => {
    const offender = await createMember({ fullName: 'Membre Insistant' });
    const post = await publish(offender, 'Encore ma publicité');
    for (const reader of readers.slice(0, 3)) await report(reader, { post });
    const { rows: [first] } = await owner<{ id: string }>('select id from public.reports where post_id = $1 limit 1', [post]);

    expect(await attempt(admin.actor, `select public.resolve_report($1, 'removed', 'Spam répété', 7)`, [first!.id])).toMatchObject({ ok: true });

    expect(await one(`select muted_until between now() + interval '7 days' - interval '1 minute'
                                             and now() + interval '7 days' + interval '1 minute' as in_seven_days
                      from public.accounts where user_id = $1`, [offender.id])).toEqual({ in_seven_days: true });
    await clearRateLimits(offender.id);
    expect(await attempt(offender.actor, `insert into public.posts (body) values ('Je recommence')`))
      .toMatchObject({ ok: false, code: '42501', message: 'Votre compte ne peut pas publier pour le moment.' });
    expect(await attempt(offender.actor, `insert into public.comments (post_id, body) values ($1, 'Et ici ?')`, [await createPost(author.id)]))
      .toMatchObject({ ok: false, code: '42501' });
    const muted = await auditOf('user.muted', offender.id);
    expect(muted.rows).toEqual([{ actor_id: admin.id, details: { until: expect.any(String) } }]);
    expect((await auditOf('report.resolved', first!.id)).rows).toHaveLength(1);
  });

  it('a mute that is lifted or has expired lets the member post again', async () => {
    const member = await createMember({ fullName: 'Membre Repenti' });
    expect(await attempt(admin.actor, `select public.mute_member($1, now() + interval '3 days')`, [member.id])).toMatchObject({ ok: true });
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Test')`)).toMatchObject({ ok: false, code: '42501' });

    expect(await attempt(admin.actor, 'select public.mute_member($1, null)', [member.id])).toMatchObject({ ok: true });
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Me revoilà')`)).toMatchObject({ ok: true, rowCount: 1 });

    await owner(`update public.accounts set muted_until = now() - interval '1 minute' where user_id = $1`, [member.id]);
    await clearRateLimits(member.id);
    expect(await attempt(member.actor, `insert into public.posts (body) values ('Toujours là')`)).toMatchObject({ ok: true, rowCount: 1 });
    expect((await auditOf('user.muted', member.id)).rows).toHaveLength(2);
  });

  it('pinning and unpinning a post are written to the audit trail', async () => {
    const post = await createPost(author.id, { createdAt: '2002-03-03 12:00+00' });
    expect(await attempt(admin.actor, 'select pinned from public.set_post_pinned($1, true)', [post])).toMatchObject({ rows: [{ pinned: true }] });
    expect(await attempt(admin.actor, 'select pinned from public.set_post_pinned($1, false)', [post])).toMatchObject({ rows: [{ pinned: false }] });
    const { rows } = await auditOf('post.pinned', post);
    expect(rows).toEqual([
      { actor_id: admin.id, details: { pinned: true } },
      { actor_id: admin.id, details: { pinned: false } },
    ]);
  });
});

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

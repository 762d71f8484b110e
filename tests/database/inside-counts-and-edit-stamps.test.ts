// Inside's like and comment counts follow likes and comments, and only a change of text or title
// stamps a post or comment as edited.
import { beforeAll, describe, expect, it } from 'vitest';
import { attempt, one } from '../support/db.ts';
import { comment, counts, createInsideCast, publish } from '../support/inside.ts';
import { type Member, clearRateLimits } from '../support/world.ts';

let author: Member, admin: Member, readers: Member[]; // readers: five other members

beforeAll(async () => {
  ({ author, admin, readers } = await createInsideCast());
});

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

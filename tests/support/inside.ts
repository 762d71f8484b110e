// Inside as its members use it through the API: an author, an admin who moderates and five
// readers, and the posts, comments and reports they write.
import { type Actor, attempt, one } from './db.ts';
import { type Member, clearRateLimits, createMember } from './world.ts';

/** The author, an admin and five readers ('Lecteur 1' to 'Lecteur 5'), all fresh. */
export async function createInsideCast(): Promise<{ author: Member; admin: Member; readers: Member[] }> {
  const [author, admin, ...readers] = await Promise.all([
    createMember({ fullName: 'Awa Autrice' }),
    createMember({ role: 'admin', fullName: 'Admin Modératrice' }),
    ...Array.from({ length: 5 }, (_, i) => createMember({ fullName: `Lecteur ${i + 1}` })),
  ]);
  return { author: author!, admin: admin!, readers };
}

/** A post's like and comment counts, as stored. */
export const counts = (post: string) => one<{ like_count: number; comment_count: number }>(
  'select like_count, comment_count from public.posts where id = $1', [post]);

/** Whether `actor` reads the post. */
export async function sees(actor: Actor, post: string): Promise<boolean> {
  const result = await attempt(actor, 'select id from public.posts where id = $1', [post]);
  return result.ok && result.rowCount === 1;
}

/** Publishes as the member through the API (the write limit is one per second: start clean). */
export async function publish(member: Member, body: string, title: string | null = null): Promise<string> {
  await clearRateLimits(member.id);
  const result = await attempt<{ id: string }>(member.actor, 'insert into public.posts (title, body) values ($1, $2) returning id', [title, body]);
  if (!result.ok) throw new Error(result.message);
  return result.rows[0]!.id;
}

/** Comments as the member through the API (write limit cleared first, as for publish). */
export async function comment(member: Member, post: string, body = 'Merci, très utile.'): Promise<string> {
  await clearRateLimits(member.id);
  const result = await attempt<{ id: string }>(member.actor, 'insert into public.comments (post_id, body) values ($1, $2) returning id', [post, body]);
  if (!result.ok) throw new Error(result.message);
  return result.rows[0]!.id;
}

/** Reports a post or a comment as spam, as the member through the API: the attempt, refused or not. */
export async function report(member: Member, target: { post?: string; comment?: string }) {
  await clearRateLimits(member.id);
  return attempt(member.actor, `insert into public.reports (post_id, comment_id, reason) values ($1, $2, 'spam')`, [
    target.post ?? null, target.comment ?? null,
  ]);
}

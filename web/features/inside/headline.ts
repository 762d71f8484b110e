import type { FeedPost } from './queries';

const EXCERPT = 140;

/** How a list names a post: its title, or else the start of its text on one line. */
export function postHeadline(post: Pick<FeedPost, 'title' | 'body'>): string {
  if (post.title) return post.title;
  const flat = post.body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { insideKeys } from './keys';
import type { FeedPage, FeedPost } from './queries';

export type InsideSnapshot = [QueryKey, unknown][];

/** Everything Inside holds in the cache, to put back if an optimistic change fails. */
export function snapshotInside(queryClient: QueryClient): InsideSnapshot {
  return queryClient.getQueriesData({ queryKey: insideKeys.all });
}

export function restoreInside(queryClient: QueryClient, snapshot: InsideSnapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

type Edit = (posts: FeedPost[]) => FeedPost[];

/** Applies `edit` to every list of posts held: feed pages (all categories), search results, the post page. */
function editPostLists(queryClient: QueryClient, edit: Edit, postId: string): void {
  queryClient.setQueriesData<InfiniteData<FeedPage>>({ queryKey: insideKeys.feeds() }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, posts: edit(page.posts) })) } : data,
  );
  queryClient.setQueriesData<FeedPost[]>({ queryKey: insideKeys.searches() }, (data) => (data ? edit(data) : data));
  queryClient.setQueryData<FeedPost | null>(insideKeys.post(postId), (post) => (post ? edit([post])[0] ?? null : post));
}

/** Changes one post wherever it is shown (likes, comment counts, edits). */
export function patchPost(queryClient: QueryClient, postId: string, patch: (post: FeedPost) => FeedPost): void {
  editPostLists(queryClient, (posts) => posts.map((post) => (post.id === postId ? patch(post) : post)), postId);
}

/** Takes a deleted post out of the feed and search results (its own page is left to navigate away). */
export function removePost(queryClient: QueryClient, postId: string): void {
  queryClient.setQueriesData<InfiniteData<FeedPage>>({ queryKey: insideKeys.feeds() }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, posts: page.posts.filter((p) => p.id !== postId) })) } : data,
  );
  queryClient.setQueriesData<FeedPost[]>({ queryKey: insideKeys.searches() }, (data) => data?.filter((p) => p.id !== postId));
}

/** The like as the reader sees it at once: state flipped, count moved by one. */
export function withLike(post: FeedPost, liked: boolean): FeedPost {
  if (post.liked_by_me === liked) return post;
  return { ...post, liked_by_me: liked, like_count: Math.max(0, post.like_count + (liked ? 1 : -1)) };
}

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { insideKeys } from './keys';
import type { PostCategory } from './labels';
import { fetchComments, fetchFeedPage, fetchPost, searchPosts, type FeedCursor } from './queries';

/** Where a query gets its client: the server's for prefetching a page, the browser's afterwards. */
export type ClientSource = () => Promise<AppSupabaseClient>;

export const feedOptions = (category: PostCategory | null, client: ClientSource) =>
  infiniteQueryOptions({
    queryKey: insideKeys.feed(category),
    queryFn: async ({ pageParam }) => fetchFeedPage(await client(), { category, cursor: pageParam }),
    initialPageParam: null as FeedCursor | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const searchOptions = (query: string, client: ClientSource) =>
  queryOptions({
    queryKey: insideKeys.search(query),
    queryFn: async () => searchPosts(await client(), query),
    enabled: query.length > 0,
  });

export const postOptions = (postId: string, client: ClientSource) =>
  queryOptions({ queryKey: insideKeys.post(postId), queryFn: async () => fetchPost(await client(), postId) });

export const commentsOptions = (postId: string, client: ClientSource) =>
  queryOptions({ queryKey: insideKeys.comments(postId), queryFn: async () => fetchComments(await client(), postId) });

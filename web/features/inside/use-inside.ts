'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { insideKeys } from './keys';
import type { PostCategory } from './labels';
import { commentsOptions, feedOptions, postOptions, searchOptions } from './options';
import { fetchRemovalReason } from './queries';

export function useFeed(category: PostCategory | null) {
  return useInfiniteQuery(feedOptions(category, loadSupabase));
}

export function useSearchPosts(query: string) {
  return useQuery(searchOptions(query, loadSupabase));
}

export function usePost(postId: string) {
  return useQuery(postOptions(postId, loadSupabase));
}

export function useComments(postId: string) {
  return useQuery(commentsOptions(postId, loadSupabase));
}

/** Read only for a hidden post (its author or an admin is looking at it). */
export function useRemovalReason(postId: string, enabled: boolean) {
  return useQuery({
    queryKey: insideKeys.removal(postId),
    queryFn: async () => fetchRemovalReason(await loadSupabase(), postId),
    enabled,
  });
}

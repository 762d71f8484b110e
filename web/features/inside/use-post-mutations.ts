'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { patchPost, removePost, restoreInside, snapshotInside, withLike } from './cache';
import { insideKeys } from './keys';
import { createPost, deletePost, likePost, setPostPinned, unlikePost, updatePost } from './mutations';
import type { PostValues } from './schema';

/**
 * Like or unlike at once (optimistic), then tell the database; on failure the previous state
 * comes back. Clicks on one post run in order (one mutation scope per post).
 */
export function useToggleLike(postId: string, viewerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `like:${postId}` },
    mutationFn: async (liked: boolean) => {
      const supabase = await loadSupabase();
      await (liked ? likePost(supabase, postId) : unlikePost(supabase, postId, viewerId));
    },
    onMutate: async (liked) => {
      await queryClient.cancelQueries({ queryKey: insideKeys.all });
      const snapshot = snapshotInside(queryClient);
      patchPost(queryClient, postId, (post) => withLike(post, liked));
      return { snapshot };
    },
    onError: (_error, _liked, context) => restoreInside(queryClient, context?.snapshot),
  });
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: PostValues) => createPost(await loadSupabase(), values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insideKeys.feeds() }),
  });
}

export function useUpdatePost(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: PostValues) => updatePost(await loadSupabase(), postId, values),
    onSuccess: (saved) => {
      patchPost(queryClient, postId, (post) => ({ ...post, ...saved }));
      // The category may have changed: category feeds are refetched when next shown.
      void queryClient.invalidateQueries({ queryKey: insideKeys.feeds(), refetchType: 'none' });
    },
  });
}

export function useDeletePost(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => deletePost(await loadSupabase(), postId),
    onSuccess: () => {
      removePost(queryClient, postId);
      queryClient.removeQueries({ queryKey: insideKeys.post(postId) });
      queryClient.removeQueries({ queryKey: insideKeys.comments(postId) });
    },
  });
}

export function useSetPinned(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pinned: boolean) => setPostPinned(await loadSupabase(), postId, pinned),
    onSuccess: (pinned) => {
      patchPost(queryClient, postId, (post) => ({ ...post, pinned }));
      // Pinned posts lead the feed: its order changed.
      void queryClient.invalidateQueries({ queryKey: insideKeys.feeds() });
    },
  });
}

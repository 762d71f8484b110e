'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { patchPost } from './cache';
import { insideKeys } from './keys';
import { createComment, deleteComment, reportContent, updateComment, type ReportTarget } from './mutations';
import type { PostComment } from './queries';
import type { CommentValues, ReportValues } from './schema';

function countComments(queryClient: ReturnType<typeof useQueryClient>, postId: string, delta: number) {
  patchPost(queryClient, postId, (post) => ({ ...post, comment_count: Math.max(0, post.comment_count + delta) }));
}

export function useCreateComment(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: CommentValues) => createComment(await loadSupabase(), postId, values),
    onSuccess: (comment) => {
      queryClient.setQueryData<PostComment[]>(insideKeys.comments(postId), (list) => [...(list ?? []), comment]);
      countComments(queryClient, postId, 1);
    },
  });
}

export function useUpdateComment(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ commentId, values }: { commentId: string; values: CommentValues }) =>
      updateComment(await loadSupabase(), commentId, values),
    onSuccess: (saved) => {
      queryClient.setQueryData<PostComment[]>(insideKeys.comments(postId), (list) => list?.map((c) => (c.id === saved.id ? saved : c)));
    },
  });
}

export function useDeleteComment(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (commentId: string) => {
      await deleteComment(await loadSupabase(), commentId);
      return commentId;
    },
    onSuccess: (commentId) => {
      queryClient.setQueryData<PostComment[]>(insideKeys.comments(postId), (list) => list?.filter((c) => c.id !== commentId));
      countComments(queryClient, postId, -1);
    },
  });
}

/** A report may hide the content (third open report): lists are read again after it. */
export function useReport(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, values }: { target: ReportTarget; values: ReportValues }) =>
      reportContent(await loadSupabase(), target, values),
    onSuccess: (_nothing, { target }) => {
      void queryClient.invalidateQueries({ queryKey: target.kind === 'post' ? insideKeys.feeds() : insideKeys.comments(postId), refetchType: 'none' });
    },
  });
}

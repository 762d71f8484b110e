'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { moderationKeys } from './keys';
import { liftMute, muteMember, resolveReport } from './mutations';
import { fetchMutedMembers, fetchOpenReports } from './queries';
import { groupReports } from './queue';

export function useModerationQueue() {
  return useQuery({
    queryKey: moderationKeys.queue(),
    queryFn: async () => fetchOpenReports(await loadSupabase()),
    select: groupReports,
  });
}

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (decision: Parameters<typeof resolveReport>[1]) => resolveReport(await loadSupabase(), decision),
    // A removal may mute the author too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}

export function useMuteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, until }: { userId: string; until: string }) => muteMember(await loadSupabase(), userId, until),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.muted() }),
  });
}

export function useMutedMembers() {
  return useQuery({
    queryKey: moderationKeys.muted(),
    queryFn: async () => fetchMutedMembers(await loadSupabase(), new Date().toISOString()),
  });
}

export function useLiftMute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => liftMute(await loadSupabase(), userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.muted() }),
  });
}

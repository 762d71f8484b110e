'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { moderationKeys } from './keys';
import { muteMember, resolveReport } from './mutations';
import { fetchOpenReports } from './queries';
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.queue() }),
  });
}

export function useMuteMember() {
  return useMutation({
    mutationFn: async ({ userId, until }: { userId: string; until: string }) => muteMember(await loadSupabase(), userId, until),
  });
}

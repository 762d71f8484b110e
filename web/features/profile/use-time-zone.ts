'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { profileKeys } from './keys';
import { fetchTimeZone, saveTimeZone } from './time-zone';

export function useTimeZone(userId: string) {
  return useQuery({
    queryKey: profileKeys.timeZone(userId),
    queryFn: async () => fetchTimeZone(await loadSupabase(), userId),
  });
}

export function useSaveTimeZone(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (timeZone: string) => saveTimeZone(await loadSupabase(), userId, timeZone),
    onSuccess: (saved) => queryClient.setQueryData(profileKeys.timeZone(userId), saved),
  });
}

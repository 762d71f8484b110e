'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { accountKeys } from './keys';
import { updatePreferences } from './mutations';
import { fetchMyAccount } from './queries';
import type { PreferencesValues } from './schema';

export function useMyAccount(userId: string) {
  return useQuery({
    queryKey: accountKeys.mine(userId),
    queryFn: async () => fetchMyAccount(await loadSupabase(), userId),
  });
}

export function useUpdatePreferences(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: PreferencesValues) => updatePreferences(await loadSupabase(), userId, values),
    onSuccess: (account) => queryClient.setQueryData(accountKeys.mine(userId), account),
  });
}

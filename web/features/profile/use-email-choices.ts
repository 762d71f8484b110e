'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { type EmailChoices, fetchEmailChoices, saveEmailChoices } from './email-preferences';
import { profileKeys } from './keys';

export function useEmailChoices(userId: string) {
  return useQuery({
    queryKey: profileKeys.emailPreferences(userId),
    queryFn: async () => fetchEmailChoices(await loadSupabase()),
  });
}

export function useSaveEmailChoices(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ before, after }: { before: EmailChoices; after: EmailChoices }) =>
      saveEmailChoices(await loadSupabase(), before, after),
    onSuccess: (saved) => queryClient.setQueryData(profileKeys.emailPreferences(userId), saved),
  });
}

'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { profileKeys } from './keys';
import { replaceAvatar, updateProfile } from './mutations';
import type { ProfileValues } from './schema';

export function useUpdateProfile(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: ProfileValues) => updateProfile(await loadSupabase(), userId, values),
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.detail(userId), profile),
  });
}

export function useReplaceAvatar(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, previousPath }: { file: File; previousPath: string | null }) =>
      replaceAvatar(await loadSupabase(), userId, file, previousPath),
    onSuccess: ({ profile }) => queryClient.setQueryData(profileKeys.detail(userId), profile),
  });
}

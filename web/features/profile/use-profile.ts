'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { profileKeys } from './keys';
import { replaceAvatar, updateProfile } from './mutations';
import { fetchProfile, type Profile } from './queries';
import type { ProfileValues } from './schema';

export function useProfile(userId: string, initialData?: Profile) {
  return useQuery({
    queryKey: profileKeys.detail(userId),
    queryFn: async () => fetchProfile(await loadSupabase(), userId),
    initialData,
  });
}

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

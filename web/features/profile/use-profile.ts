'use client';

import { useQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { profileKeys } from './keys';
import { fetchProfile, type Profile } from './queries';

// The read alone: the header's profile link uses it on every signed-in page, so the edits and
// their schemas (use-profile-mutations.ts) stay out of that first load.
export function useProfile(userId: string, initialData?: Profile) {
  return useQuery({
    queryKey: profileKeys.detail(userId),
    queryFn: async () => fetchProfile(await loadSupabase(), userId),
    initialData,
  });
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { analyticsKeys } from './keys';
import { fetchAnalytics } from './queries';

export function useAnalytics() {
  return useQuery({
    queryKey: analyticsKeys.all,
    queryFn: async () => fetchAnalytics(await loadSupabase()),
    // The function lets the browser keep the answer a minute; match it.
    staleTime: 60_000,
  });
}

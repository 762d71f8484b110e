'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { proInboxKeys } from './keys';
import { fetchInbox } from './queries';
import type { InboxFilter } from './schema';

export function useInbox(proId: string, filter: InboxFilter) {
  return useQuery({
    queryKey: proInboxKeys.list(proId, filter),
    queryFn: async () => fetchInbox(await loadSupabase(), proId, filter),
    // Keep the previous list on screen while another filter loads (no flash of skeletons).
    placeholderData: keepPreviousData,
  });
}

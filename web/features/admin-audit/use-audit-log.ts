'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { auditKeys } from './keys';
import { fetchAuditPage } from './queries';

export function useAuditLog(action: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(action),
    queryFn: async ({ pageParam }) => fetchAuditPage(await loadSupabase(), { action, before: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore,
  });
}

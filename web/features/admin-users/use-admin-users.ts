'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { analyticsKeys } from '@/features/admin-analytics';
import { loadSupabase } from '@/lib/supabase/lazy';
import { adminUserKeys } from './keys';
import { setUserRole, setUserStatus } from './mutations';
import { fetchUsers } from './queries';
import type { UserRole } from './schema';

export function useAdminUsers(search: string, page: number) {
  return useQuery({
    queryKey: adminUserKeys.list(search, page),
    queryFn: async () => fetchUsers(await loadSupabase(), { search, page }),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useSetUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, status }: { userId: string; status: 'active' | 'suspended' }) =>
      setUserStatus(await loadSupabase(), userId, status),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: adminUserKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: analyticsKeys.all }),
    ]),
  });
}

export function useSetUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: UserRole }) => setUserRole(await loadSupabase(), userId, role),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: adminUserKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: analyticsKeys.all }),
    ]),
  });
}

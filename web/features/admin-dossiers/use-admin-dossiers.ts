'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { adminDossierKeys } from './keys';
import { assignDossier } from './mutations';
import { fetchActivePros, fetchAdminDossiers, type DossierFilter } from './queries';

export function useAdminDossiers(filter: DossierFilter, page: number) {
  return useQuery({
    queryKey: adminDossierKeys.list(filter, page),
    queryFn: async () => fetchAdminDossiers(await loadSupabase(), { filter, page }),
    placeholderData: keepPreviousData,
  });
}

export function useActivePros() {
  return useQuery({
    queryKey: adminDossierKeys.pros(),
    queryFn: async () => fetchActivePros(await loadSupabase()),
    staleTime: 5 * 60_000,
  });
}

export function useAssignDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ dossierId, proId }: { dossierId: string; proId: string | null }) =>
      assignDossier(await loadSupabase(), dossierId, proId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminDossierKeys.lists() }),
  });
}

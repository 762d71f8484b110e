'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { proInboxKeys } from '../inbox/keys';
import { dossierKeys } from './keys';
import { changeDossierStatus, createDossier, deleteDraft, updateDossierDetails } from './mutations';
import { useDocumentKindName } from '../documents/kind-name';
import { type ChecklistItem, fetchChecklist, fetchDossier, fetchMyDossiers, fetchReadiness, fetchStatusHistory } from './queries';
import type { DossierStatus } from './labels';
import type { DossierDetailsValues, NewDossierValues } from './schema';

export function useMyDossiers(candidateId: string) {
  return useQuery({
    queryKey: dossierKeys.mine(candidateId),
    queryFn: async () => fetchMyDossiers(await loadSupabase(), candidateId),
  });
}

export function useDossier(dossierId: string) {
  return useQuery({
    queryKey: dossierKeys.detail(dossierId),
    queryFn: async () => fetchDossier(await loadSupabase(), dossierId),
  });
}

export function useStatusHistory(dossierId: string) {
  return useQuery({
    queryKey: dossierKeys.history(dossierId),
    queryFn: async () => fetchStatusHistory(await loadSupabase(), dossierId),
  });
}

/** The dossier's checklist, each kind named in the viewer's language. */
export function useChecklist(dossierId: string, enabled = true) {
  const name = useDocumentKindName();
  return useQuery({
    queryKey: dossierKeys.checklist(dossierId),
    queryFn: async () => fetchChecklist(await loadSupabase(), dossierId),
    enabled,
    select: (items: ChecklistItem[]) => items.map((item) => ({ ...item, label: name(item.kind, item.label) })),
  });
}

export function useReadiness(dossierId: string) {
  return useQuery({
    queryKey: dossierKeys.readiness(dossierId),
    queryFn: async () => fetchReadiness(await loadSupabase(), dossierId),
  });
}

export function useCreateDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: NewDossierValues) => createDossier(await loadSupabase(), values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}

export function useUpdateDossierDetails(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: DossierDetailsValues) => updateDossierDetails(await loadSupabase(), dossierId, values),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: dossierKeys.detail(dossierId) }),
      queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'mine'] }),
    ]),
  });
}

export function useChangeDossierStatus(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ toStatus, note }: { toStatus: DossierStatus; note: string }) =>
      changeDossierStatus(await loadSupabase(), dossierId, toStatus, note),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: dossierKeys.detail(dossierId) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.history(dossierId) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.nextStep(dossierId) }),
        queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'mine'] }),
        queryClient.invalidateQueries({ queryKey: proInboxKeys.all }),
      ]);
    },
  });
}

export function useDeleteDraft(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => deleteDraft(await loadSupabase(), dossierId),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: dossierKeys.detail(dossierId) });
      return queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'mine'] });
    },
  });
}

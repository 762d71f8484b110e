'use client';

import { useQuery } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { dossierKeys } from '../dossier/keys';
import { fetchMyNextSteps, fetchNextStep } from './queries';

export function useNextStep(dossierId: string) {
  return useQuery({
    queryKey: dossierKeys.nextStep(dossierId),
    queryFn: async () => fetchNextStep(await loadSupabase(), dossierId),
  });
}

export function useMyNextSteps() {
  return useQuery({
    queryKey: dossierKeys.myNextSteps(),
    queryFn: async () => fetchMyNextSteps(await loadSupabase()),
  });
}

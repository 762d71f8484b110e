import type { QueryClient } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { dossierKeys } from './keys';
import { fetchChecklist, fetchDossier, fetchReadiness, fetchStatusHistory } from './queries';

/**
 * Reads on the server what the dossier page draws first (the dossier, its timeline, checklist and
 * readiness), under the keys its hooks use: the page arrives drawn instead of waiting for
 * supabase-js to load in the browser before it asks. A read that fails is left to the browser.
 */
export async function prefetchDossier(queryClient: QueryClient, supabase: AppSupabaseClient, dossierId: string) {
  await Promise.all([
    queryClient.prefetchQuery({ queryKey: dossierKeys.detail(dossierId), queryFn: () => fetchDossier(supabase, dossierId) }),
    queryClient.prefetchQuery({ queryKey: dossierKeys.history(dossierId), queryFn: () => fetchStatusHistory(supabase, dossierId) }),
    queryClient.prefetchQuery({ queryKey: dossierKeys.checklist(dossierId), queryFn: () => fetchChecklist(supabase, dossierId) }),
    queryClient.prefetchQuery({ queryKey: dossierKeys.readiness(dossierId), queryFn: () => fetchReadiness(supabase, dossierId) }),
  ]);
}

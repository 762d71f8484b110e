import type { QueryClient } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { consultantKeys, fetchConsultant, fetchReplyMinutes } from '../chat/consultant-queries';
import { chatKeys } from '../chat/keys';
import { fetchUnreadCount } from '../chat/queries';
import { fetchNextStep } from '../next-step/queries';
import { taskKeys } from '../tasks/keys';
import { fetchDossierTasks, fetchTaskEvents } from '../tasks/queries';
import { dossierKeys } from './keys';
import { fetchChecklist, fetchDossier, fetchReadiness, fetchStatusHistory, type Dossier } from './queries';

/**
 * What the dossier's first view shows, its consultant card included, read on the server (the
 * caller's client, cookies, RLS) under the keys the page's hooks use: the page draws at once, and
 * the browser needs no supabase-js to show it. A read that fails is left out and the browser reads
 * it again.
 */
export async function prefetchDossierView(queryClient: QueryClient, supabase: AppSupabaseClient, dossierId: string, viewerId: string) {
  const read = <T>(queryKey: readonly unknown[], fetch: () => Promise<T>) => queryClient.prefetchQuery({ queryKey, queryFn: fetch });
  // The consultant card beside the overview names the dossier's pro, once the dossier says who.
  const consultant = async () => {
    const proId = queryClient.getQueryData<Dossier | null>(dossierKeys.detail(dossierId))?.pro_id;
    if (!proId) return;
    await Promise.all([
      read(consultantKeys.profile(proId), () => fetchConsultant(supabase, proId)),
      read(consultantKeys.replyTime(proId), () => fetchReplyMinutes(supabase, proId)),
    ]);
  };
  await Promise.all([
    read(dossierKeys.detail(dossierId), () => fetchDossier(supabase, dossierId)).then(consultant),
    read(dossierKeys.history(dossierId), () => fetchStatusHistory(supabase, dossierId)),
    read(dossierKeys.checklist(dossierId), () => fetchChecklist(supabase, dossierId)),
    read(dossierKeys.readiness(dossierId), () => fetchReadiness(supabase, dossierId)),
    read(dossierKeys.nextStep(dossierId), () => fetchNextStep(supabase, dossierId)),
    read(taskKeys.dossier(dossierId), () => fetchDossierTasks(supabase, dossierId)),
    read(taskKeys.events(dossierId), () => fetchTaskEvents(supabase, dossierId)),
    read(chatKeys.unread(dossierId, viewerId), () => fetchUnreadCount(supabase, dossierId, viewerId)),
  ]);
}

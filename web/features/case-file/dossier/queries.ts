import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const DOSSIER_COLUMNS = 'id, title, description, program_type, status, candidate_id, pro_id, submitted_at, decided_at, created_at, updated_at';

/**
 * The candidate's dossiers, newest first, each with the number of messages others sent that the
 * candidate has not read: a counter the database keeps on the row (one table read under RLS).
 */
export async function fetchMyDossiers(supabase: AppSupabaseClient, candidateId: string) {
  const { data, error } = await supabase
    .from('dossiers')
    .select('id, title, program_type, status, created_at, updated_at, candidate_unread_count')
    .eq('candidate_id', candidateId)
    .order('created_at', { ascending: false });
  if (error) throw error;
  return data.map(({ candidate_unread_count, ...dossier }) => ({ ...dossier, unreadCount: candidate_unread_count }));
}

export type DossierSummary = Awaited<ReturnType<typeof fetchMyDossiers>>[number];

/** One dossier with the public face of its candidate and pro; null when missing or not visible. */
export async function fetchDossier(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase
    .from('dossiers')
    .select(`${DOSSIER_COLUMNS}, candidate:profiles!dossiers_candidate_id_fkey(id, full_name, avatar_path), pro:profiles!dossiers_pro_id_fkey(id, full_name, avatar_path)`)
    .eq('id', dossierId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export type Dossier = NonNullable<Awaited<ReturnType<typeof fetchDossier>>>;

/** The timeline: every status change in order, with who made it and their note. */
export async function fetchStatusHistory(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase
    .from('dossier_status_history')
    .select('id, from_status, to_status, note, created_at, author:profiles!dossier_status_history_changed_by_fkey(full_name, role)')
    .eq('dossier_id', dossierId)
    .order('created_at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw error;
  return data;
}

export type StatusChange = Awaited<ReturnType<typeof fetchStatusHistory>>[number];

/** What the dossier's program requires and where each item stands (public.dossier_checklist). */
export async function fetchChecklist(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase.rpc('dossier_checklist', { dossier_id: dossierId });
  if (error) throw error;
  return data;
}

export type ChecklistItem = Awaited<ReturnType<typeof fetchChecklist>>[number];

/** Share of required documents approved and still valid, 0–100 (public.dossier_readiness). */
export async function fetchReadiness(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase.rpc('dossier_readiness', { dossier_id: dossierId });
  if (error) throw error;
  return data;
}

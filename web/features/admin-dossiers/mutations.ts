import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** Gives the dossier to a pro, or takes it back (null); written to the audit log by the RPC. */
export async function assignDossier(supabase: AppSupabaseClient, dossierId: string, proId: string | null) {
  // The generated Args type says string, but the function takes null to unassign.
  const { data, error } = await supabase.rpc('assign_dossier', { dossier_id: dossierId, pro_id: proId as string });
  if (error) throw error;
  return data;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** The pro's CICC licence number as saved (null: none yet). */
export async function fetchLicenceNumber(supabase: AppSupabaseClient, proId: string): Promise<string | null> {
  const { data, error } = await supabase.from('profiles').select('licence_number').eq('id', proId).maybeSingle();
  if (error) throw error;
  return data?.licence_number ?? null;
}

/**
 * Saves the number through public.set_licence_number, which tidies it (spaces, case) and checks its
 * format (profiles_licence_number_format); an empty value removes it. Answers the number as saved.
 */
export async function saveLicenceNumber(supabase: AppSupabaseClient, proId: string, licenceNumber: string): Promise<string | null> {
  const { data, error } = await supabase.rpc('set_licence_number', { pro_id: proId, licence_number: licenceNumber });
  if (error) throw error;
  return data;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { PreferencesValues } from './schema';
import { TERMS_VERSION } from '@/lib/terms';

/** Consent to the current terms: the database records version and time, or refuses. */
export async function acceptTerms(supabase: AppSupabaseClient) {
  const { error } = await supabase.rpc('accept_terms', { version: TERMS_VERSION });
  if (error) throw error;
}

/** Only locale and time_zone are writable by the user (column grants); email choices are email_preferences. */
export async function updatePreferences(supabase: AppSupabaseClient, userId: string, values: PreferencesValues) {
  const { data, error } = await supabase
    .from('accounts')
    .update({ locale: values.locale })
    .eq('user_id', userId)
    .select('locale')
    .single();
  if (error) throw error;
  return data;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { PreferencesValues } from './schema';
import { TERMS_VERSION } from '@/lib/terms';

/** Consent to the current terms: the database records version and time, or refuses. */
export async function acceptTerms(supabase: AppSupabaseClient) {
  const { error } = await supabase.rpc('accept_terms', { version: TERMS_VERSION });
  if (error) throw error;
}

/** Only locale and email_notifications are writable by the user (column grants). */
export async function updatePreferences(supabase: AppSupabaseClient, userId: string, values: PreferencesValues) {
  const { data, error } = await supabase
    .from('accounts')
    .update({ email_notifications: values.emailNotifications, locale: values.locale })
    .eq('user_id', userId)
    .select('locale, email_notifications')
    .single();
  if (error) throw error;
  return data;
}

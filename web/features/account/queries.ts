import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const ACCOUNT_COLUMNS = 'user_id, status, locale, email_notifications, terms_version, terms_accepted_at';

/** The caller's own account row (readable even when suspended or before consent). */
export async function fetchMyAccount(supabase: AppSupabaseClient, userId: string) {
  const { data, error } = await supabase.from('accounts').select(ACCOUNT_COLUMNS).eq('user_id', userId).single();
  if (error) throw error;
  return data;
}

export type MyAccount = Awaited<ReturnType<typeof fetchMyAccount>>;

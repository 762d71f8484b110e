import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** The member's zone (accounts.time_zone): every time in their notifications, emails and calendar files. */
export async function fetchTimeZone(supabase: AppSupabaseClient, userId: string): Promise<string> {
  const { data, error } = await supabase.from('accounts').select('time_zone').eq('user_id', userId).maybeSingle();
  if (error) throw error;
  if (!data) throw new Error('Compte introuvable.');
  return data.time_zone;
}

/** The database checks the name against the zones it knows and answers in French otherwise. */
export async function saveTimeZone(supabase: AppSupabaseClient, userId: string, timeZone: string): Promise<string> {
  const { data, error } = await supabase
    .from('accounts').update({ time_zone: timeZone }).eq('user_id', userId).select('time_zone').maybeSingle();
  if (error) throw error;
  if (!data) throw new Error('Compte introuvable.');
  return data.time_zone;
}

/** The zones this browser knows, with `current` among them even when it does not. */
export function zoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

import { zoneName } from '@/lib/format';
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

/**
 * A zone as a member picks it: its city, then the name people give its time (« Toronto (heure de
 * l’Est) »), never its id alone; several cities share one name, so the city tells them apart.
 */
export function zoneLabel(zone: string, locale: string): string {
  const city = zone.split('/').at(-1)!.replaceAll('_', ' ');
  const name = zoneName(zone, locale);
  return name === zone ? city : `${city} (${name})`;
}

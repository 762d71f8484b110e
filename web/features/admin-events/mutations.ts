import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { toEventColumns, type EventFormValues } from './event-values';

/** Creates the event, then its join link if one was given. */
export async function createEvent(supabase: AppSupabaseClient, values: EventFormValues) {
  const { data, error } = await supabase.from('events').insert(toEventColumns(values)).select('id').single();
  if (error) throw error;
  await saveJoinLink(supabase, data.id, values.joinUrl.trim(), null);
  return data;
}

/** Saves the editable columns; the join link is written only when it changed. */
export async function updateEvent(supabase: AppSupabaseClient, eventId: string, values: EventFormValues, previousJoinUrl: string | null) {
  const { data, error } = await supabase.from('events').update(toEventColumns(values)).eq('id', eventId).select('id').single();
  if (error) throw error;
  await saveJoinLink(supabase, eventId, values.joinUrl.trim(), previousJoinUrl);
  return data;
}

async function saveJoinLink(supabase: AppSupabaseClient, eventId: string, joinUrl: string, previous: string | null) {
  if (joinUrl === (previous ?? '')) return;
  const { error } = joinUrl
    ? await supabase.from('event_join_links').upsert({ event_id: eventId, join_url: joinUrl }, { onConflict: 'event_id' })
    : await supabase.from('event_join_links').delete().eq('event_id', eventId);
  if (error) throw error;
}

/** Cancels through the RPC, which tells every registrant why. */
export async function cancelEvent(supabase: AppSupabaseClient, eventId: string, reason: string) {
  const { data, error } = await supabase.rpc('cancel_event', { event_id: eventId, reason: reason.trim() });
  if (error) throw error;
  return data;
}

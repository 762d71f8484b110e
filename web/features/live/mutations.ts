import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { MyRegistration } from './queries';

/** Takes a seat, or a waitlist place when the event is full (decided by the database under a lock). */
export async function registerForEvent(supabase: AppSupabaseClient, eventId: string): Promise<MyRegistration> {
  const { data, error } = await supabase.rpc('register_for_event', { event_id: eventId });
  if (error) throw error;
  return { event_id: data.event_id, status: data.status };
}

/** Gives the seat (or place) back; the first in the waitlist takes a freed seat. */
export async function unregisterFromEvent(supabase: AppSupabaseClient, eventId: string): Promise<void> {
  const { error } = await supabase.rpc('unregister_from_event', { event_id: eventId });
  if (error) throw error;
}

import type { Database } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

type EventRow = Database['public']['Tables']['events']['Row'];
export type RegistrationStatus = Database['public']['Enums']['registration_status'];

export const EVENT_COLUMNS =
  'id, title, description, starts_at, ends_at, capacity, registered_count, waitlist_count, status, cancellation_reason, replay_url';

export type LiveEvent = Pick<EventRow,
  'id' | 'title' | 'description' | 'starts_at' | 'ends_at' | 'capacity' | 'registered_count' | 'waitlist_count'
  | 'status' | 'cancellation_reason' | 'replay_url'>;

export type EventPeriod = 'upcoming' | 'past';
export const PAST_EVENTS_LIMIT = 30;
/** An event lasts at most a day (events_last_at_most_a_day): the upcoming list starts from there. */
const LONGEST_EVENT_MS = 24 * 60 * 60 * 1000;

/** Upcoming (not yet ended, soonest first, cancelled ones included for their registrants) or past (latest first). */
export async function fetchEvents(supabase: AppSupabaseClient, period: EventPeriod, now = new Date()): Promise<LiveEvent[]> {
  const query = supabase.from('events').select(EVENT_COLUMNS);
  const { data, error } = period === 'upcoming'
    ? await query.gt('ends_at', now.toISOString()).gt('starts_at', new Date(now.getTime() - LONGEST_EVENT_MS).toISOString())
      .order('starts_at', { ascending: true }).limit(50)
    : await query.lte('ends_at', now.toISOString()).neq('status', 'cancelled').order('starts_at', { ascending: false }).limit(PAST_EVENTS_LIMIT);
  if (error) throw error;
  return data;
}

export async function fetchEvent(supabase: AppSupabaseClient, eventId: string): Promise<LiveEvent | null> {
  const { data, error } = await supabase.from('events').select(EVENT_COLUMNS).eq('id', eventId).maybeSingle();
  if (error) throw error;
  return data;
}

export type MyRegistration = { event_id: string; status: RegistrationStatus };

/** Every seat or waitlist place of the viewer (a handful), to badge the lists. */
export async function fetchMyRegistrations(supabase: AppSupabaseClient, userId: string): Promise<MyRegistration[]> {
  const { data, error } = await supabase.from('event_registrations').select('event_id, status').eq('user_id', userId);
  if (error) throw error;
  return data;
}

export async function fetchMyRegistration(supabase: AppSupabaseClient, eventId: string, userId: string): Promise<MyRegistration | null> {
  const { data, error } = await supabase.from('event_registrations').select('event_id, status')
    .eq('event_id', eventId).eq('user_id', userId).maybeSingle();
  if (error) throw error;
  return data;
}

/** The viewer's place in the waitlist (1 = next to get a seat), 0 when not waitlisted. */
export async function fetchWaitlistPosition(supabase: AppSupabaseClient, eventId: string): Promise<number> {
  const { data, error } = await supabase.rpc('event_waitlist_position', { event_id: eventId });
  if (error) throw error;
  return data;
}

/** The join link: the database returns it only to registered members (and admins). */
export async function fetchJoinLink(supabase: AppSupabaseClient, eventId: string): Promise<string | null> {
  const { data, error } = await supabase.from('event_join_links').select('join_url').eq('event_id', eventId).maybeSingle();
  if (error) throw error;
  return data?.join_url ?? null;
}

/** An instant as the viewer's own notifications write it: their zone and language, the database's zone rules. */
export async function fetchMyLocalTime(supabase: AppSupabaseClient, at: string): Promise<string> {
  const { data, error } = await supabase.rpc('my_local_time', { at });
  if (error) throw error;
  return data;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { Attendee } from './attendees-csv';
import type { EventStatus } from './event-values';

export const EVENTS_PAGE_SIZE = 20;
export type EventFilter = 'all' | EventStatus;

const LIST_COLUMNS = 'id, title, starts_at, ends_at, status, capacity, registered_count, waitlist_count';

/** Events newest first (admins read cancelled ones too), with the total for paging. */
export async function fetchAdminEvents(supabase: AppSupabaseClient, { filter, page }: { filter: EventFilter; page: number }) {
  const from = (page - 1) * EVENTS_PAGE_SIZE;
  let query = supabase.from('events').select(LIST_COLUMNS, { count: 'exact' })
    .order('starts_at', { ascending: false }).order('id').range(from, from + EVENTS_PAGE_SIZE - 1);
  if (filter !== 'all') query = query.eq('status', filter);
  const { data, error, count } = await query;
  if (error) throw error;
  return { events: data, total: count ?? data.length };
}

export type AdminEventListItem = Awaited<ReturnType<typeof fetchAdminEvents>>['events'][number];

/** One event with its join link (a separate table, readable by admins and registered members). */
export async function fetchAdminEvent(supabase: AppSupabaseClient, eventId: string) {
  const [event, link] = await Promise.all([
    supabase.from('events').select('*').eq('id', eventId).maybeSingle(),
    supabase.from('event_join_links').select('join_url').eq('event_id', eventId).maybeSingle(),
  ]);
  if (event.error) throw event.error;
  if (link.error) throw link.error;
  return event.data ? { event: event.data, joinUrl: link.data?.join_url ?? null } : null;
}

/** Attendees and waitlist, in order (admins only: event_attendees checks). */
export async function fetchAttendees(supabase: AppSupabaseClient, eventId: string): Promise<Attendee[]> {
  const { data, error } = await supabase.rpc('event_attendees', { event_id: eventId });
  if (error) throw error;
  return data;
}

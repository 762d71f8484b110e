import { FEED_COLUMNS, type FeedPost, toFeedPost } from '@/features/inside';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

// The signed-in home reads a little of everything, as the viewer (RLS), on the server.

export const DASHBOARD_DOSSIERS = 5;

type UnreadCounters = { candidate_id: string; candidate_unread_count: number; pro_unread_count: number };

/** Unread messages of one dossier for the viewer: its candidate's counter, or else its pro's. */
const unreadFor = (row: UnreadCounters, viewerId: string) =>
  row.candidate_id === viewerId ? row.candidate_unread_count : row.pro_unread_count;

/** The viewer's own dossiers (candidate) or those assigned to them (pro), latest activity first. */
export async function fetchMyDossiers(supabase: AppSupabaseClient, viewer: Pick<Viewer, 'id'>) {
  const { data, error, count } = await supabase
    .from('dossiers')
    .select('id, title, status, program_type, updated_at, candidate_id, candidate_unread_count, pro_unread_count', { count: 'exact' })
    .or(`candidate_id.eq.${viewer.id},pro_id.eq.${viewer.id}`)
    .order('updated_at', { ascending: false })
    .limit(DASHBOARD_DOSSIERS);
  if (error) throw error;
  const dossiers = data.map(({ candidate_id, candidate_unread_count, pro_unread_count, ...dossier }) =>
    ({ ...dossier, unread: unreadFor({ candidate_id, candidate_unread_count, pro_unread_count }, viewer.id) }));
  return { dossiers, total: count ?? data.length };
}

export type DashboardDossier = Awaited<ReturnType<typeof fetchMyDossiers>>['dossiers'][number];

/** Unread messages sent to the viewer across all their dossiers, from the counters the database keeps. */
export async function fetchUnreadTotal(supabase: AppSupabaseClient, viewer: Pick<Viewer, 'id'>) {
  const { data, error } = await supabase
    .from('dossiers')
    .select('candidate_id, candidate_unread_count, pro_unread_count')
    .or(`and(candidate_id.eq.${viewer.id},candidate_unread_count.gt.0),and(pro_id.eq.${viewer.id},pro_unread_count.gt.0)`);
  if (error) throw error;
  return data.reduce((sum, row) => sum + unreadFor(row, viewer.id), 0);
}

/** The next events the viewer holds a seat or waitlist place for. */
export async function fetchNextEvents(supabase: AppSupabaseClient, viewer: Pick<Viewer, 'id'>, now = new Date()) {
  const { data, error } = await supabase
    .from('events')
    .select('id, title, starts_at, ends_at, status, event_registrations!inner(status)')
    .eq('event_registrations.user_id', viewer.id)
    .gt('ends_at', now.toISOString())
    .neq('status', 'cancelled')
    .order('starts_at', { ascending: true })
    .limit(3);
  if (error) throw error;
  return data.map(({ event_registrations: registrations, ...event }) => ({ ...event, registration: registrations[0]?.status ?? 'registered' }));
}

export type DashboardEvent = Awaited<ReturnType<typeof fetchNextEvents>>[number];

/** The latest visible posts of Inside. */
export async function fetchLatestPosts(supabase: AppSupabaseClient): Promise<FeedPost[]> {
  const { data, error } = await supabase.from('feed_posts').select(FEED_COLUMNS)
    .eq('hidden', false).order('created_at', { ascending: false }).limit(3);
  if (error) throw error;
  return data.map(toFeedPost);
}

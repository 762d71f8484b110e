import type { FeedPost } from '@/features/inside/queries';
import { FEED_COLUMNS, toFeedPost } from '@/features/inside/queries';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

// The signed-in home reads a little of everything, as the viewer (RLS), on the server.

export const DASHBOARD_DOSSIERS = 5;

/** The viewer's own dossiers (candidate) or those assigned to them (pro), latest activity first. */
export async function fetchMyDossiers(supabase: AppSupabaseClient, viewer: Pick<Viewer, 'id'>) {
  const { data, error, count } = await supabase
    .from('dossiers')
    .select('id, title, status, program_type, updated_at', { count: 'exact' })
    .or(`candidate_id.eq.${viewer.id},pro_id.eq.${viewer.id}`)
    .order('updated_at', { ascending: false })
    .limit(DASHBOARD_DOSSIERS);
  if (error) throw error;
  return { dossiers: data, total: count ?? data.length };
}

export type DashboardDossier = Awaited<ReturnType<typeof fetchMyDossiers>>['dossiers'][number];

/** Unread messages sent to the viewer, per dossier shown, and in all (RLS keeps members to their dossiers). */
export async function fetchUnreadMessages(supabase: AppSupabaseClient, viewer: Pick<Viewer, 'id' | 'role'>, dossierIds: string[]) {
  const perDossier = new Map<string, number>();
  if (dossierIds.length > 0) {
    const { data, error } = await supabase.from('messages').select('dossier_id')
      .in('dossier_id', dossierIds).is('read_at', null).neq('sender_id', viewer.id).limit(1000);
    if (error) throw error;
    for (const { dossier_id } of data) perDossier.set(dossier_id, (perDossier.get(dossier_id) ?? 0) + 1);
  }
  const listed = [...perDossier.values()].reduce((sum, n) => sum + n, 0);
  // Admins may read every chat: their total is what concerns their own dossiers, counted above.
  if (viewer.role === 'admin') return { perDossier, total: listed };
  const { count, error } = await supabase.from('messages').select('id', { count: 'exact', head: true })
    .is('read_at', null).neq('sender_id', viewer.id);
  if (error) throw error;
  return { perDossier, total: count ?? listed };
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

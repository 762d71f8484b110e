import type { Database } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

type NotificationRow = Database['public']['Tables']['notifications']['Row'];

// The dossier a notification is about, when it is about one: the database puts its title in `data`.
export const NOTIFICATION_COLUMNS = 'id, kind, title, body, link, read_at, created_at, dossier_title:data->>dossier_title';
export type AppNotification = Pick<NotificationRow, 'id' | 'kind' | 'title' | 'body' | 'link' | 'read_at' | 'created_at'>
  & { dossier_title: string | null };

/** How many notifications the viewer has not read (a HEAD request: the count, no rows). */
export async function fetchUnreadCount(supabase: AppSupabaseClient, userId: string): Promise<number> {
  const { count, error } = await supabase.from('notifications').select('id', { count: 'exact', head: true })
    .eq('user_id', userId).is('read_at', null);
  if (error) throw error;
  return count ?? 0;
}

/** A notification just announced, as the database holds it, with the unread notice it replaces (if any). */
export async function fetchArrivedNotification(supabase: AppSupabaseClient, userId: string, notificationId: string) {
  const { data, error } = await supabase.from('notifications').select(`${NOTIFICATION_COLUMNS}, replaces:data->>replaces`)
    .eq('id', notificationId).eq('user_id', userId).maybeSingle();
  if (error) throw error;
  return data;
}

export const NOTIFICATIONS_PAGE_SIZE = 30;
export type NotificationCursor = { createdAt: string; id: string };
export type NotificationPage = { items: AppNotification[]; nextCursor: NotificationCursor | null };

/** Newest first, by keyset (created_at, id): stable while new ones keep arriving. */
export async function fetchNotificationsPage(
  supabase: AppSupabaseClient, userId: string, cursor: NotificationCursor | null,
): Promise<NotificationPage> {
  let query = supabase.from('notifications').select(NOTIFICATION_COLUMNS).eq('user_id', userId);
  if (cursor) {
    // Quoted values: timestamps carry ':' and '+', which PostgREST's or() grammar reserves.
    query = query.or(`created_at.lt."${cursor.createdAt}",and(created_at.eq."${cursor.createdAt}",id.lt.${cursor.id})`);
  }
  const { data, error } = await query.order('created_at', { ascending: false }).order('id', { ascending: false })
    .limit(NOTIFICATIONS_PAGE_SIZE);
  if (error) throw error;
  const last = data.at(-1);
  return { items: data, nextCursor: data.length === NOTIFICATIONS_PAGE_SIZE && last ? { createdAt: last.created_at, id: last.id } : null };
}

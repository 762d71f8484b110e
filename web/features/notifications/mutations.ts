import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** Marks one as read; the database keeps the first read time and stamps its own clock. */
export async function markNotificationRead(supabase: AppSupabaseClient, notificationId: string): Promise<void> {
  const { error } = await supabase.from('notifications').update({ read_at: new Date().toISOString() }).eq('id', notificationId);
  if (error) throw error;
}

export async function markAllNotificationsRead(supabase: AppSupabaseClient): Promise<number> {
  const { data, error } = await supabase.rpc('mark_all_notifications_read');
  if (error) throw error;
  return data;
}

/** Deletes one of the member's notifications (RLS: their own only). */
export async function deleteNotification(supabase: AppSupabaseClient, notificationId: string): Promise<void> {
  const { error } = await supabase.from('notifications').delete().eq('id', notificationId);
  if (error) throw error;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { parseNotificationPayload, type NotificationPayload } from './schema';

/**
 * Listens on the private channel `user:<id>` (only that user may join: RLS on realtime.messages)
 * for the `notification` broadcasts the database sends. Returns the function that leaves it.
 */
export async function subscribeToNotifications(
  supabase: AppSupabaseClient, userId: string, onNotification: (notification: NotificationPayload | null) => void,
): Promise<() => void> {
  // Private channels are authorised with the user's JWT, which the socket must carry first.
  await supabase.realtime.setAuth();
  const channel = supabase
    .channel(`user:${userId}`, { config: { private: true } })
    .on('broadcast', { event: 'notification' }, (message: { payload?: unknown }) => {
      // null: a kind this version does not know yet; the caller reads the list again instead.
      onNotification(parseNotificationPayload(message.payload));
    })
    .subscribe();
  return () => {
    void supabase.removeChannel(channel);
  };
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { parseNotificationHint } from './schema';

/**
 * Listens on the private channel `user:<id>` (only that user may join and only the database may
 * send: RLS on realtime.messages) for the `notification` broadcasts the database sends, handing
 * over the id each one names. Returns the function that leaves it.
 */
export async function subscribeToNotifications(
  supabase: AppSupabaseClient, userId: string, onHint: (notificationId: string) => void,
): Promise<() => void> {
  // Private channels are authorised with the user's JWT, which the socket must carry first.
  await supabase.realtime.setAuth();
  const channel = supabase
    .channel(`user:${userId}`, { config: { private: true } })
    .on('broadcast', { event: 'notification' }, (message: { payload?: unknown }) => {
      const notificationId = parseNotificationHint(message.payload);
      if (notificationId) onHint(notificationId);
    })
    .subscribe();
  return () => {
    void supabase.removeChannel(channel);
  };
}

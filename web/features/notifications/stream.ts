import type { QueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { addArrived } from './cache';
import { notificationKeys } from './keys';
import { subscribeToNotifications } from './realtime';
import { refreshListsFor } from './refresh-lists';
import type { NotificationPayload } from './schema';

/**
 * Joins `user:<id>` and keeps the caches current: each notification is counted and listed at once,
 * the dossier lists it concerns refetch, then `onArrive` runs. Loaded after hydration (it is not
 * needed to draw the page).
 */
export async function startNotificationStream(
  queryClient: QueryClient, userId: string, onArrive: (notification: NotificationPayload) => void,
): Promise<() => void> {
  const supabase = await loadSupabase();
  return subscribeToNotifications(supabase, userId, (notification) => {
    if (!notification) {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      return;
    }
    const { replaces, ...arrived } = notification;
    addArrived(queryClient, userId, { ...arrived, read_at: null }, replaces);
    refreshListsFor(queryClient, notification.kind);
    onArrive(notification);
  });
}

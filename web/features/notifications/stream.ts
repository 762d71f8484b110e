import type { QueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { addArrived } from './cache';
import { notificationKeys } from './keys';
import { fetchArrivedNotification, type AppNotification } from './queries';
import { subscribeToNotifications } from './realtime';
import { refreshListsFor } from './refresh-lists';

/**
 * Joins `user:<id>` and keeps the caches current: each broadcast names a notification, which is
 * read back under RLS (in the order they came), then counted and listed at once, the dossier lists
 * it concerns refetch, and `onArrive` runs. What the database does not return is never shown.
 * Loaded after hydration (it is not needed to draw the page).
 */
export async function startNotificationStream(
  queryClient: QueryClient, userId: string, onArrive: (notification: AppNotification) => void,
): Promise<() => void> {
  const supabase = await loadSupabase();
  const arrive = async (notificationId: string) => {
    const found = await fetchArrivedNotification(supabase, userId, notificationId);
    if (!found) return;
    const { replaces, ...notification } = found;
    addArrived(queryClient, userId, notification, replaces ?? null);
    refreshListsFor(queryClient, notification.kind);
    onArrive(notification);
  };
  let arrivals = Promise.resolve();
  return subscribeToNotifications(supabase, userId, (notificationId) => {
    arrivals = arrivals
      .then(() => arrive(notificationId))
      .catch(() => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }));
  });
}

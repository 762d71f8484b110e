import type { QueryClient } from '@tanstack/react-query';
import { refreshDossierLists } from '@/features/case-file';
import { joinPrivateChannel } from '@/lib/supabase/private-channel';
import { loadSupabase } from '@/lib/supabase/lazy';
import { loadRealtime } from '@/lib/supabase/realtime';
import { addArrived } from './cache';
import { notificationKeys } from './keys';
import { fetchArrivedNotification, type AppNotification } from './queries';
import { refreshListsFor } from './refresh-lists';
import { parseNotificationHint } from './schema';

/**
 * Joins `user:<id>` (only that user may join and only the database may send: RLS on
 * realtime.messages) and keeps the caches current: each broadcast names a notification, which is
 * read back under RLS (in the order they came), then counted and listed at once, the dossier lists
 * it concerns refetch, and `onArrive` runs. What the database does not return is never shown.
 * After a drop, the count, the list and the dossier lists are read afresh.
 * Loaded after hydration (it is not needed to draw the page); supabase-js only when a read is due.
 */
export async function startNotificationStream(
  queryClient: QueryClient, userId: string, onArrive: (notification: AppNotification) => void,
): Promise<() => void> {
  const arrive = async (notificationId: string) => {
    const found = await fetchArrivedNotification(await loadSupabase(), userId, notificationId);
    if (!found) return;
    const { replaces, ...notification } = found;
    addArrived(queryClient, userId, notification, replaces ?? null);
    refreshListsFor(queryClient, notification.kind);
    onArrive(notification);
  };
  const readAfresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  let arrivals = Promise.resolve();
  return joinPrivateChannel(await loadRealtime(), {
    topic: `user:${userId}`,
    event: 'notification',
    hintOf: parseNotificationHint,
    onHint: (notificationId) => {
      arrivals = arrivals.then(() => arrive(notificationId)).catch(readAfresh);
    },
    onRejoined: () => {
      readAfresh();
      void refreshDossierLists(queryClient);
    },
  });
}

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { notificationKeys } from './keys';
import { fetchNotificationsPage, fetchUnreadCount, type NotificationCursor } from './queries';

/** Where a query gets its client: the server's for prefetching a page, the browser's afterwards. */
export type ClientSource = () => Promise<AppSupabaseClient>;

export const unreadCountOptions = (userId: string, client: ClientSource) =>
  queryOptions({ queryKey: notificationKeys.unread(userId), queryFn: async () => fetchUnreadCount(await client(), userId) });

export const notificationsOptions = (userId: string, client: ClientSource) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(userId),
    queryFn: async ({ pageParam }) => fetchNotificationsPage(await client(), userId, pageParam),
    initialPageParam: null as NotificationCursor | null,
    getNextPageParam: (page) => page.nextCursor,
  });

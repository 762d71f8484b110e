import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';
import type { AppNotification, NotificationPage } from './queries';

type Pages = InfiniteData<NotificationPage>;

function editItems(queryClient: QueryClient, userId: string, edit: (item: AppNotification) => AppNotification) {
  queryClient.setQueryData<Pages>(notificationKeys.list(userId), (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(edit) })) } : data,
  );
}

/**
 * A notification that just arrived: counted while unread, and first in the list if the list is
 * loaded. One that `replaces` an unread notice (likes folded into one, see the notify_post_likes
 * migration) takes its place and is not counted again.
 */
export function addArrived(queryClient: QueryClient, userId: string, item: AppNotification, replaces: string | null = null): void {
  const pages = queryClient.getQueryData<Pages>(notificationKeys.list(userId));
  const listed = pages?.pages.flatMap((page) => page.items);
  if (listed?.some((existing) => existing.id === item.id)) return;
  const replaced = replaces ? listed?.find((existing) => existing.id === replaces) : undefined;
  if (!item.read_at && (!replaces || replaced?.read_at)) {
    queryClient.setQueryData<number>(notificationKeys.unread(userId), (count) => (count ?? 0) + 1);
  }
  queryClient.setQueryData<Pages>(notificationKeys.list(userId), (data) => {
    if (!data || data.pages.length === 0) return data;
    const kept = data.pages.map((page) => ({ ...page, items: page.items.filter((existing) => existing.id !== replaces) }));
    const [first, ...rest] = kept;
    return { ...data, pages: [{ ...first!, items: [item, ...first!.items] }, ...rest] };
  });
}

export function markReadInCache(queryClient: QueryClient, userId: string, notificationId: string, readAt: string): void {
  let changed = false;
  editItems(queryClient, userId, (item) => {
    if (item.id !== notificationId || item.read_at) return item;
    changed = true;
    return { ...item, read_at: readAt };
  });
  if (changed || !queryClient.getQueryData(notificationKeys.list(userId))) {
    queryClient.setQueryData<number>(notificationKeys.unread(userId), (count) => Math.max((count ?? 1) - 1, 0));
  }
}

export function markAllReadInCache(queryClient: QueryClient, userId: string, readAt: string): void {
  editItems(queryClient, userId, (item) => (item.read_at ? item : { ...item, read_at: readAt }));
  queryClient.setQueryData<number>(notificationKeys.unread(userId), 0);
}

/** Takes a deleted notification out of the list, and out of the unread count if it was unread. */
export function removeFromCache(queryClient: QueryClient, userId: string, notificationId: string): void {
  const listed = queryClient.getQueryData<Pages>(notificationKeys.list(userId))?.pages.flatMap((page) => page.items);
  const removed = listed?.find((item) => item.id === notificationId);
  queryClient.setQueryData<Pages>(notificationKeys.list(userId), (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== notificationId) })) } : data,
  );
  if (removed && !removed.read_at) {
    queryClient.setQueryData<number>(notificationKeys.unread(userId), (count) => Math.max((count ?? 1) - 1, 0));
  }
}

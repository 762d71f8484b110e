'use client';

import { BellOff, CheckCheck } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import { LoadMore } from '@/components/ui/load-more';
import { describeError } from '@/lib/supabase/errors';
import { explain } from '@/lib/supabase/explain-error';
import { NotificationItem } from './notification-item';
import { useDeleteNotification, useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './use-notifications';

/** Every notification, newest first; mark one or all read, delete one. New ones appear live (the bell's stream). */
export function NotificationList({ userId }: { userId: string }) {
  const toast = useToast();
  const list = useNotifications(userId);
  const unread = useUnreadCount(userId);
  const markRead = useMarkRead(userId);
  const markAll = useMarkAllRead(userId);
  const remove = useDeleteNotification(userId);
  const onError = async (error: unknown) => toast.error(await explain(error));

  if (list.isPending) return <div role="status"><span className="sr-only">Chargement…</span><Skeleton className="h-24" /></div>;
  if (list.isError) return <Alert tone="danger" title="Les notifications n’ont pas pu être chargées">{describeError(list.error)}</Alert>;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <EmptyState icon={BellOff} title="Aucune notification" description="Messages, décisions sur vos documents, rappels de Live et réponses à vos publications arriveront ici." />;
  }
  const unreadCount = unread.data ?? items.filter((item) => !item.read_at).length;

  return (
    <section aria-labelledby="liste-notifications" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="liste-notifications" className="text-lg font-semibold" data-test="unread-summary">
          {unreadCount === 0 ? 'Tout est lu' : `${unreadCount} non lue${unreadCount > 1 ? 's' : ''}`}
        </h2>
        <Button variant="secondary" size="sm" disabled={unreadCount === 0} loading={markAll.isPending} data-test="mark-all-read"
          onClick={() => markAll.mutate(undefined, { onSuccess: () => toast.success('Toutes les notifications sont marquées comme lues.'), onError })}>
          <CheckCheck aria-hidden="true" className="size-4" />Tout marquer comme lu
        </Button>
      </div>
      <ul className="space-y-3" data-test="notification-list">
        {items.map((notification) => (
          <li key={notification.id}>
            <NotificationItem
              notification={notification}
              marking={markRead.isPending && markRead.variables === notification.id}
              onMarkRead={() => markRead.mutate(notification.id, { onError })}
              deleting={remove.isPending && remove.variables === notification.id}
              onDelete={() => remove.mutate(notification.id, { onSuccess: () => toast.success('Notification supprimée.'), onError })}
            />
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} label="Afficher les plus anciennes" />
    </section>
  );
}

'use client';

import { BellOff, CheckCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import { LoadMore } from '@/components/ui/load-more';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { NotificationItem } from './notification-item';
import { useDeleteNotification, useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './use-notifications';

/** Every notification, newest first; mark one or all read, delete one. New ones appear live (the bell's stream). */
export function NotificationList({ userId }: { userId: string }) {
  const { describe, explain } = useErrorText();
  const t = useTranslations('notifications');
  const toast = useToast();
  const list = useNotifications(userId);
  const unread = useUnreadCount(userId);
  const markRead = useMarkRead(userId);
  const markAll = useMarkAllRead(userId);
  const remove = useDeleteNotification(userId);
  const onError = async (error: unknown) => toast.error(await explain(error));

  if (list.isPending) return <div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-24" /></div>;
  if (list.isError) return <Alert tone="danger" title={t('loadError')}>{describe(list.error)}</Alert>;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <EmptyState icon={BellOff} title={t('empty')} description={t('emptyText')} />;
  }
  const unreadCount = unread.data ?? items.filter((item) => !item.read_at).length;

  return (
    <section aria-labelledby="liste-notifications" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="liste-notifications" className="text-lg font-semibold" data-test="unread-summary">
          {t('unreadSummary', { count: unreadCount })}
        </h2>
        <Button variant="secondary" size="sm" disabled={unreadCount === 0} loading={markAll.isPending} data-test="mark-all-read"
          onClick={() => markAll.mutate(undefined, { onSuccess: () => toast.success(t('allMarked')), onError })}>
          <CheckCheck aria-hidden="true" className="size-4" />{t('markAll')}
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
              onDelete={() => remove.mutate(notification.id, { onSuccess: () => toast.success(t('deleted')), onError })}
            />
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} label={t('older')} />
    </section>
  );
}

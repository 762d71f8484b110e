'use client';

import { Bell } from 'lucide-react';
import Link from 'next/link';
import { useCallback } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import { useToast } from '@/components/ui/toast';
import { routes } from '@/lib/routes';
import type { AppNotification } from './queries';
import { useNotificationStream, useUnreadCount } from './use-notification-stream';

/** « 3 », or « 99+ » past 99. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/** The bell's accessible names, `#` standing for the count (the layout gives them in the page's language). */
export type BellLabels = { none: string; one: string; other: string; locale: string };

type BellProps = { userId: string; labels: BellLabels; /** As the layout read it on the server; null when that read failed. */ unread: number | null };

/**
 * The header's bell: the unread count, read with the page on the server and kept live by the
 * user's Realtime channel. A new notification also shows as a toast (announced politely to
 * screen readers).
 */
export function NotificationBell({ userId, labels, unread: served }: BellProps) {
  const toast = useToast();
  const unread = useUnreadCount(userId, served);
  const count = unread.data ?? 0;
  const onArrive = useCallback((notification: AppNotification) => toast.info(notification.title), [toast]);
  useNotificationStream(userId, onArrive);

  const label = count === 0 ? labels.none
    : (new Intl.PluralRules(labels.locale).select(count) === 'one' ? labels.one : labels.other).replace('#', String(count));
  return (
    <Link
      href={routes.notifications}
      data-test="notification-bell"
      className={cn('relative flex size-11 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100', focusRing)}
    >
      <Bell aria-hidden="true" className="size-5" />
      <span className="sr-only" data-test="notification-bell-label">{label}</span>
      {count > 0 ? (
        <span aria-hidden="true" data-test="notification-count"
          className="absolute right-0.5 top-0.5 flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1 text-xs font-semibold leading-5 text-white">
          {badgeText(count)}
        </span>
      ) : null}
    </Link>
  );
}

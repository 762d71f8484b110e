'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { loadSupabase, pageSettled } from '@/lib/supabase/lazy';
import { unreadCountOptions } from './options';
import type { AppNotification } from './queries';

/** The unread count; `serverCount` is the one the page was served with (null: read it here). */
export const useUnreadCount = (userId: string, serverCount: number | null = null) =>
  useQuery({ ...unreadCountOptions(userId, loadSupabase), initialData: serverCount ?? undefined });

/**
 * Keeps the bell and the list current while the app is open, from the database's broadcasts on
 * `user:<id>`. The stream's code is fetched once the page has settled, when its Realtime
 * connection may open: not in hydration's effects, whose task it would lengthen.
 */
export function useNotificationStream(userId: string, onArrive: (notification: AppNotification) => void) {
  const queryClient = useQueryClient();
  const arrive = useRef(onArrive);
  useEffect(() => {
    arrive.current = onArrive;
  }, [onArrive]);

  useEffect(() => {
    let leave: (() => void) | null = null;
    let cancelled = false;
    void pageSettled()
      .then(() => import('./stream'))
      .then(async ({ startNotificationStream }) => {
        if (cancelled) return;
        const stop = await startNotificationStream(queryClient, userId, (n) => arrive.current(n));
        if (cancelled) stop();
        else leave = stop;
      })
      .catch((error: unknown) => console.error('Notifications en direct indisponibles :', error));
    return () => {
      cancelled = true;
      leave?.();
    };
  }, [queryClient, userId]);
}

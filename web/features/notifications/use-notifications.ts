'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { markAllReadInCache, markReadInCache, removeFromCache } from './cache';
import { deleteNotification, markAllNotificationsRead, markNotificationRead } from './mutations';
import { notificationsOptions } from './options';

export { useUnreadCount } from './use-notification-stream';

export const useNotifications = (userId: string) => useInfiniteQuery(notificationsOptions(userId, loadSupabase));

export function useMarkRead(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (notificationId: string) => markNotificationRead(await loadSupabase(), notificationId),
    onSuccess: (_nothing, notificationId) => markReadInCache(queryClient, userId, notificationId, new Date().toISOString()),
  });
}

export function useMarkAllRead(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => markAllNotificationsRead(await loadSupabase()),
    onSuccess: () => markAllReadInCache(queryClient, userId, new Date().toISOString()),
  });
}

export function useDeleteNotification(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (notificationId: string) => deleteNotification(await loadSupabase(), notificationId),
    onSuccess: (_nothing, notificationId) => removeFromCache(queryClient, userId, notificationId),
  });
}

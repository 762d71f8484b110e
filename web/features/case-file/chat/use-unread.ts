'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { markOthersRead, type MessagePages } from './cache';
import { chatKeys } from './keys';
import { markMessagesRead } from './mutations';
import { fetchUnreadCount } from './queries';

// The unread count and read receipts: in the dossier page's first load (the tab shows the count),
// while the conversation itself loads with its tab.

export function useUnreadCount(dossierId: string, viewerId: string) {
  return useQuery({
    queryKey: chatKeys.unread(dossierId, viewerId),
    queryFn: async () => fetchUnreadCount(await loadSupabase(), dossierId, viewerId),
  });
}

/** Read receipts for what others sent; the count drops at once, the exact times come by broadcast. */
export function useMarkRead(dossierId: string, viewerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => markMessagesRead(await loadSupabase(), dossierId),
    onMutate: () => {
      const previous = queryClient.getQueryData<number>(chatKeys.unread(dossierId, viewerId));
      queryClient.setQueryData(chatKeys.unread(dossierId, viewerId), 0);
      return { previous };
    },
    onSuccess: () =>
      queryClient.setQueryData<MessagePages>(chatKeys.messages(dossierId), (data) => markOthersRead(data, viewerId, new Date().toISOString())),
    // The count comes back; the page does not retry on its own (no loop against a failing server).
    onError: (_error, _variables, context) => queryClient.setQueryData(chatKeys.unread(dossierId, viewerId), context?.previous),
  });
}

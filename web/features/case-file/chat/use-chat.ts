'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { upsertMessage, type MessagePages } from './cache';
import { chatKeys } from './keys';
import { sendMessage } from './mutations';
import { fetchMessagesPage, toPage, type MessageCursor } from './queries';
import type { MessageValues } from './schema';

export function useMessages(dossierId: string) {
  return useInfiniteQuery({
    queryKey: chatKeys.messages(dossierId),
    queryFn: async ({ pageParam }) => toPage(await fetchMessagesPage(await loadSupabase(), dossierId, pageParam)),
    initialPageParam: null as MessageCursor | null,
    getNextPageParam: (lastPage) => lastPage.older ?? undefined,
  });
}

export function useSendMessage(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: MessageValues) => sendMessage(await loadSupabase(), dossierId, values),
    onSuccess: (message) =>
      queryClient.setQueryData<MessagePages>(chatKeys.messages(dossierId), (data) => upsertMessage(data, message)),
  });
}

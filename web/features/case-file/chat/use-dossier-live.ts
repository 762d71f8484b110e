'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { loadSupabase, pageSettled } from '@/lib/supabase/lazy';
import { reconcileMessages, type MessagePages } from './cache';
import { chatKeys } from './keys';
import { fetchMessagesByIds, type Message } from './queries';
import { createReadBack } from './read-back';

type LiveOptions = {
  /** True while the viewer has the chat in front of them: new messages are read at once. */
  chatVisible: boolean;
  onMarkRead: () => void;
};

/**
 * Keeps a dossier's chat live while its page is open: joins the private channel (Realtime code
 * loaded on demand, after the page is interactive), and for each broadcast reads the message it
 * names back under RLS, so the chat and the unread count only ever show what the database holds.
 */
export function useDossierLive(dossierId: string, viewerId: string, { chatVisible, onMarkRead }: LiveOptions) {
  const queryClient = useQueryClient();
  const latest = useRef({ chatVisible, onMarkRead });
  useEffect(() => {
    latest.current = { chatVisible, onMarkRead };
  });

  useEffect(() => {
    const messagesKey = chatKeys.messages(dossierId);
    const unreadKey = chatKeys.unread(dossierId, viewerId);
    let cancelled = false;
    const apply = (ids: string[], found: Message[]) => {
      if (cancelled) return;
      queryClient.setQueryData<MessagePages>(messagesKey, (data) => reconcileMessages(data, ids, found));
      const fromOthers = found.filter((message) => message.sender_id !== viewerId);
      if (fromOthers.length === 0 && found.length === ids.length) return; // only receipts on the viewer's own
      const arrivedUnread = fromOthers.some((message) => !message.read_at);
      if (arrivedUnread && latest.current.chatVisible && document.visibilityState === 'visible') {
        latest.current.onMarkRead();
      } else {
        void queryClient.invalidateQueries({ queryKey: unreadKey }); // the count as the database has it
      }
    };
    const hint = createReadBack(
      async (ids) => fetchMessagesByIds(await loadSupabase(), dossierId, ids),
      apply,
      () => void queryClient.invalidateQueries({ queryKey: chatKeys.all }), // read again when the network is back
    );

    let leave: (() => void) | undefined;
    void (async () => {
      // The Realtime code and the hint's check load once the page has settled, when the connection
      // may open (not in hydration's effects, whose task they would lengthen); supabase-js once a
      // message is read back.
      await pageSettled();
      if (cancelled) return;
      const [{ joinPrivateChannel }, { parseMessageHint }, realtime] = await Promise.all([
        import('@/lib/supabase/private-channel'), import('./message-hint'), import('@/lib/supabase/realtime').then((m) => m.loadRealtime()),
      ]);
      if (cancelled) return;
      // Only the dossier's members may join and only the database sends (realtime.messages RLS).
      const stop = await joinPrivateChannel(realtime, {
        topic: `dossier:${dossierId}`,
        event: '*',
        hintOf: parseMessageHint,
        onHint: hint,
        onRejoined: () => void queryClient.invalidateQueries({ queryKey: chatKeys.all }),
      });
      if (cancelled) stop();
      else leave = stop;
    })();
    return () => {
      cancelled = true;
      leave?.();
    };
  }, [dossierId, viewerId, queryClient]);
}

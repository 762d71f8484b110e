'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { loadSupabase } from '@/lib/supabase/lazy';
import { removeMessage, upsertMessage, type MessagePages } from './cache';
import { chatKeys } from './keys';
import type { MessageChange } from './schema';

type LiveOptions = {
  /** True while the viewer has the chat in front of them: new messages are read at once. */
  chatVisible: boolean;
  onMarkRead: () => void;
};

/**
 * Keeps a dossier's chat live while its page is open: joins the private channel (Realtime code
 * loaded on demand, after the page is interactive) and folds each change into the caches.
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
    const apply = (change: MessageChange) => {
      const { record } = change;
      if (change.operation === 'DELETE') {
        const id = change.old_record?.id;
        if (id) queryClient.setQueryData<MessagePages>(messagesKey, (data) => removeMessage(data, id));
        void queryClient.invalidateQueries({ queryKey: unreadKey });
        return;
      }
      if (!record || record.dossier_id !== dossierId) return;
      queryClient.setQueryData<MessagePages>(messagesKey, (data) => upsertMessage(data, record));
      if (record.sender_id === viewerId) return;
      if (change.operation === 'UPDATE') {
        void queryClient.invalidateQueries({ queryKey: unreadKey }); // read elsewhere, perhaps
      } else if (latest.current.chatVisible && document.visibilityState === 'visible') {
        latest.current.onMarkRead();
      } else {
        queryClient.setQueryData<number>(unreadKey, (count) => (count ?? 0) + 1);
      }
    };

    let cancelled = false;
    let leave: (() => void) | undefined;
    void (async () => {
      const [{ joinDossierChannel }, supabase] = await Promise.all([import('./live'), loadSupabase()]);
      if (cancelled) return;
      const stop = await joinDossierChannel(supabase, dossierId, {
        onChange: apply,
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

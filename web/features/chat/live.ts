import type { RealtimeChannel } from '@supabase/supabase-js';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { parseMessageHint } from './schema';

export type LiveHandlers = {
  /** A broadcast says message `messageId` changed: a hint to read it back, nothing more. */
  onHint: (messageId: string) => void;
  /** The channel is joined again after a drop: changes may have been missed meanwhile. */
  onRejoined?: () => void;
};

/** The dossier's private Broadcast topic, which the database writes to and RLS guards. */
export const dossierTopic = (dossierId: string) => `dossier:${dossierId}`;

/**
 * Joins the dossier's private channel: the database broadcasts every message change there
 * (realtime.broadcast_changes), only the dossier's members may join and only the database may
 * send (realtime.messages RLS). Each broadcast is still only trusted for the id it names.
 * Returns the function that leaves it.
 */
export async function joinDossierChannel(supabase: AppSupabaseClient, dossierId: string, handlers: LiveHandlers): Promise<() => void> {
  // Private channels authorise with the user's JWT: hand it to Realtime before joining.
  await supabase.realtime.setAuth();
  // supabase.channel() hands back an existing channel of the same topic: one still leaving (the
  // page was left and opened again at once) must be gone first, or the new join would be lost.
  const previous = supabase.getChannels().find((channel) => channel.topic === `realtime:${dossierTopic(dossierId)}`);
  if (previous) await supabase.removeChannel(previous);
  let joinedOnce = false;
  const channel: RealtimeChannel = supabase
    .channel(dossierTopic(dossierId), { config: { private: true } })
    .on('broadcast', { event: '*' }, ({ payload }) => {
      const messageId = parseMessageHint(payload);
      if (messageId) handlers.onHint(messageId);
    })
    .subscribe((status) => {
      if (status !== 'SUBSCRIBED') return;
      if (joinedOnce) handlers.onRejoined?.();
      joinedOnce = true;
    });
  return () => {
    void supabase.removeChannel(channel);
  };
}

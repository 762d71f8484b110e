import type { RealtimeChannel, RealtimeClient } from '@supabase/realtime-js';

export type PrivateChannel = {
  /** The Broadcast topic (`dossier:<id>`, `user:<id>`); RLS on realtime.messages decides who joins. */
  topic: string;
  /** The broadcast event to hear, `*` for all. */
  event: string;
  /** The id of the row a broadcast names, or null: a payload is a hint to read that row back, never shown. */
  hintOf: (payload: unknown) => string | null;
  onHint: (id: string) => void;
  /** Joined again after a drop: whatever was broadcast meanwhile never came, so read afresh. */
  onRejoined: () => void;
};

// Waits before joining again a channel the server closed (phoenix's own steps for a failed join).
const REJOIN_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Joins a private channel with the user's token and keeps it joined. After a network drop or a
 * channel error realtime-js joins again by itself; a channel the server closes (its token expired
 * while the tab slept, say) it leaves closed, so this joins it anew. Either way the next
 * subscription calls `onRejoined`. Returns the function that leaves for good.
 */
export async function joinPrivateChannel(realtime: RealtimeClient, channel: PrivateChannel): Promise<() => void> {
  let left = false;
  let joinedOnce = false;
  let closures = 0;
  let current: RealtimeChannel | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const rejoinLater = () => {
    const delay = REJOIN_DELAYS_MS[Math.min(closures, REJOIN_DELAYS_MS.length - 1)];
    closures += 1;
    retry = setTimeout(() => void join().catch(rejoinLater), delay);
  };

  const join = async () => {
    // Private channels authorise with the user's JWT: hand Realtime the current one first.
    await realtime.setAuth();
    // realtime.channel() hands back an existing channel of the same topic: one still leaving (the
    // page was left and opened again at once) must be gone first, or the new join would be lost.
    const previous = realtime.getChannels().find((existing) => existing.topic === `realtime:${channel.topic}`);
    if (previous) await realtime.removeChannel(previous);
    if (left) return;
    current = realtime
      .channel(channel.topic, { config: { private: true } })
      .on('broadcast', { event: channel.event }, ({ payload }: { payload: unknown }) => {
        const id = channel.hintOf(payload);
        if (id) channel.onHint(id);
      })
      .subscribe((status) => {
        if (left) return;
        if (status === 'SUBSCRIBED') {
          closures = 0;
          if (joinedOnce) channel.onRejoined();
          joinedOnce = true;
        } else if (status === 'CLOSED') {
          rejoinLater();
        }
        // CHANNEL_ERROR, TIMED_OUT: realtime-js retries the join itself; its SUBSCRIBED is a rejoin.
      });
  };

  await join();
  return () => {
    left = true;
    clearTimeout(retry);
    if (current) void realtime.removeChannel(current);
  };
}

import type { RealtimeClient } from '@supabase/realtime-js';
import { vi } from 'vitest';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { Message } from '@/features/case-file';

type Filter = { column: keyof Message; test: (value: unknown) => boolean };

/**
 * Just enough of supabase-js and realtime-js for the live chat: a Realtime channel the test pushes
 * raw payloads on, and `messages` selects answered from `rows` (what RLS lets the viewer read), recording
 * each read of messages by id.
 */
export function fakeChatSupabase(rows: Message[]) {
  const topics: string[] = [];
  const byIdReads: { ids: string[]; filters: Record<string, unknown> }[] = [];
  let deliver: (message: { payload: unknown }) => void = () => undefined;
  let onStatus: (status: string) => void = () => undefined;

  const channel = {
    on: (_type: string, _filter: unknown, handler: typeof deliver) => {
      deliver = handler;
      return channel;
    },
    subscribe: (callback: (status: string) => void) => {
      onStatus = callback;
      callback('SUBSCRIBED');
      return channel;
    },
  };

  const select = () => {
    const filters: Filter[] = [];
    const equals: Record<string, unknown> = {};
    let head = false;
    const builder = {
      select: (_columns: string, options?: { head?: boolean }) => {
        head = Boolean(options?.head);
        return builder;
      },
      eq: (column: keyof Message, value: unknown) => {
        equals[column] = value;
        filters.push({ column, test: (v) => v === value });
        return builder;
      },
      neq: (column: keyof Message, value: unknown) => (filters.push({ column, test: (v) => v !== value }), builder),
      is: (column: keyof Message, value: unknown) => (filters.push({ column, test: (v) => v === value }), builder),
      in: (column: keyof Message, values: unknown[]) => {
        byIdReads.push({ ids: values.map(String), filters: equals });
        filters.push({ column, test: (v) => values.includes(v) });
        return builder;
      },
      or: () => builder,
      order: () => builder,
      limit: () => builder,
      then: (resolve: (answer: unknown) => void) => {
        const found = rows.filter((row) => filters.every((f) => f.test(row[f.column])));
        resolve(head ? { data: null, count: found.length, error: null } : { data: found, error: null });
      },
    };
    return builder;
  };

  const realtime = {
    setAuth: vi.fn(async () => undefined),
    getChannels: () => [],
    channel: (topic: string) => {
      topics.push(topic);
      return channel;
    },
    removeChannel: vi.fn(async () => 'ok'),
  };
  const supabase = {
    from: (table: string) => {
      if (table !== 'messages') throw new Error(`unexpected table ${table}`);
      return select();
    },
  };

  return {
    supabase: supabase as unknown as AppSupabaseClient,
    realtime: realtime as unknown as RealtimeClient,
    /** Spies on the Realtime client. */
    realtimeSpies: realtime,
    /** Topics joined, in order. */
    joined: () => [...topics],
    /** The channel's subscription status as realtime-js reports it (`CHANNEL_ERROR`, `SUBSCRIBED`…). */
    status: (status: string) => onStatus(status),
    /** A payload as Realtime delivers a broadcast on the joined channel. */
    push: (payload: unknown) => deliver({ payload }),
    /** The ids asked for by each read of messages by id. */
    reads: () => byIdReads.map((read) => read.ids),
    /** The equality filters of each read by id (dossier_id, …). */
    readFilters: () => byIdReads.map((read) => read.filters),
  };
}

import { describe, expect, it, vi } from 'vitest';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { dossierTopic, joinDossierChannel } from './live';

type BroadcastHandler = (message: { payload: unknown }) => void;

/** Just enough of supabase-js' Realtime surface to watch what the chat does with it. */
function fakeSupabase(existing: { topic: string }[] = []) {
  const calls: string[] = [];
  let onBroadcast: BroadcastHandler = () => undefined;
  let onStatus: (status: string) => void = () => undefined;
  const channel = {
    on: vi.fn((type: string, filter: { event: string }, handler: BroadcastHandler) => {
      calls.push(`on ${type} ${filter.event}`);
      onBroadcast = handler;
      return channel;
    }),
    subscribe: vi.fn((callback: (status: string) => void) => {
      calls.push('subscribe');
      onStatus = callback;
      return channel;
    }),
  };
  const supabase = {
    realtime: { setAuth: vi.fn(async () => void calls.push('setAuth')) },
    channel: vi.fn((topic: string, options: unknown) => {
      calls.push(`channel ${topic} ${JSON.stringify(options)}`);
      return channel;
    }),
    removeChannel: vi.fn(async () => 'ok'),
    getChannels: vi.fn(() => existing),
  };
  return { supabase: supabase as unknown as AppSupabaseClient, raw: supabase, channel, calls, push: (payload: unknown) => onBroadcast({ payload }), status: (s: string) => onStatus(s) };
}

const MESSAGE = 'a1000000-0000-4000-8000-000000000001';
const record = { id: MESSAGE, dossier_id: 'd1', sender_id: 'u2', body: 'Bonjour', attachment_document_id: null, read_at: null, created_at: '2026-03-01T10:00:00Z' };

describe('joinDossierChannel', () => {
  it('authorises Realtime with the session, then joins the private dossier:<id> channel for every broadcast', async () => {
    const fake = fakeSupabase();
    await joinDossierChannel(fake.supabase, 'd1', { onHint: vi.fn() });
    expect(fake.calls).toEqual(['setAuth', 'channel dossier:d1 {"config":{"private":true}}', 'on broadcast *', 'subscribe']);
    expect(dossierTopic('d1')).toBe('dossier:d1');
  });

  it('hands over only the id of the message a change names, and drops anything else', async () => {
    const fake = fakeSupabase();
    const onHint = vi.fn();
    await joinDossierChannel(fake.supabase, 'd1', { onHint });
    fake.push({ operation: 'INSERT', table: 'messages', schema: 'public', record, old_record: null });
    fake.push({ operation: 'DELETE', table: 'messages', schema: 'public', record: null, old_record: record });
    fake.push({ operation: 'INSERT', table: 'documents', schema: 'public', record: {}, old_record: null });
    expect(onHint.mock.calls).toEqual([[MESSAGE], [MESSAGE]]);
  });

  it('asks for a catch-up when the channel is joined again after a drop, not on the first join', async () => {
    const fake = fakeSupabase();
    const onRejoined = vi.fn();
    await joinDossierChannel(fake.supabase, 'd1', { onHint: vi.fn(), onRejoined });
    fake.status('SUBSCRIBED');
    expect(onRejoined).not.toHaveBeenCalled();
    fake.status('CHANNEL_ERROR');
    fake.status('SUBSCRIBED');
    expect(onRejoined).toHaveBeenCalledTimes(1);
  });

  it('waits for a channel of the same dossier still leaving before joining again', async () => {
    const leaving = { topic: 'realtime:dossier:d1' };
    const fake = fakeSupabase([leaving, { topic: 'realtime:user:u1' }]);
    await joinDossierChannel(fake.supabase, 'd1', { onHint: vi.fn() });
    expect(fake.raw.removeChannel).toHaveBeenCalledTimes(1);
    expect(fake.raw.removeChannel).toHaveBeenCalledWith(leaving);
  });

  it('leaves the channel when the page closes', async () => {
    const fake = fakeSupabase();
    const leave = await joinDossierChannel(fake.supabase, 'd1', { onHint: vi.fn() });
    leave();
    expect(fake.raw.removeChannel).toHaveBeenCalledWith(fake.channel);
  });
});

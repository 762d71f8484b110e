import type { RealtimeClient } from '@supabase/realtime-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinPrivateChannel, type PrivateChannel } from './private-channel';

type BroadcastHandler = (message: { payload: unknown }) => void;

/**
 * Just enough of realtime-js' client to watch what the module does with it: each
 * channel() is a new channel (as after a close), whose subscription status the test sets.
 */
function fakeRealtime(existing: { topic: string }[] = []) {
  const calls: string[] = [];
  const channels: { push: (payload: unknown) => void; status: (status: string) => void }[] = [];
  const realtime = {
    setAuth: vi.fn(async () => void calls.push('setAuth')),
    channel: vi.fn((topic: string, options: unknown) => {
      calls.push(`channel ${topic} ${JSON.stringify(options)}`);
      let onBroadcast: BroadcastHandler = () => undefined;
      let onStatus: (status: string) => void = () => undefined;
      const channel = {
        on: (type: string, filter: { event: string }, handler: BroadcastHandler) => {
          calls.push(`on ${type} ${filter.event}`);
          onBroadcast = handler;
          return channel;
        },
        subscribe: (callback: (status: string) => void) => {
          calls.push('subscribe');
          onStatus = callback;
          return channel;
        },
      };
      channels.push({ push: (payload) => onBroadcast({ payload }), status: (status) => onStatus(status) });
      return channel;
    }),
    removeChannel: vi.fn(async (_channel: unknown) => 'ok'),
    getChannels: vi.fn(() => existing),
  };
  const latest = () => channels[channels.length - 1]!;
  return {
    realtime: realtime as unknown as RealtimeClient, raw: realtime, calls, channels,
    push: (payload: unknown) => latest().push(payload),
    status: (status: string) => latest().status(status),
  };
}

const ID = 'a1000000-0000-4000-8000-000000000001';
const options = (overrides: Partial<PrivateChannel> = {}): PrivateChannel => ({
  topic: 'dossier:d1',
  event: '*',
  hintOf: (payload) => ((payload as { id?: unknown } | null)?.id === ID ? ID : null),
  onHint: vi.fn(),
  onRejoined: vi.fn(),
  ...overrides,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('joinPrivateChannel', () => {
  it('authorises Realtime with the session, then joins the private topic for its event', async () => {
    const fake = fakeRealtime();
    await joinPrivateChannel(fake.realtime, options({ topic: 'user:u1', event: 'notification' }));
    expect(fake.calls).toEqual(['setAuth', 'channel user:u1 {"config":{"private":true}}', 'on broadcast notification', 'subscribe']);
  });

  it('hands over only the id a broadcast names, and drops anything else', async () => {
    const fake = fakeRealtime();
    const channel = options();
    await joinPrivateChannel(fake.realtime, channel);
    fake.push({ id: ID, body: 'ignored' });
    fake.push({ id: "x' or true" });
    fake.push('bonjour');
    expect(vi.mocked(channel.onHint).mock.calls).toEqual([[ID]]);
  });

  it('asks for a catch-up when realtime-js joins again after a drop, not on the first join', async () => {
    const fake = fakeRealtime();
    const channel = options();
    await joinPrivateChannel(fake.realtime, channel);
    fake.status('SUBSCRIBED');
    expect(channel.onRejoined).not.toHaveBeenCalled();
    fake.status('CHANNEL_ERROR');
    fake.status('SUBSCRIBED');
    fake.status('TIMED_OUT');
    fake.status('SUBSCRIBED');
    expect(channel.onRejoined).toHaveBeenCalledTimes(2);
  });

  it('joins again, with a fresh token, a channel the server closed, then asks for a catch-up', async () => {
    vi.useFakeTimers();
    const fake = fakeRealtime();
    const channel = options();
    await joinPrivateChannel(fake.realtime, channel);
    fake.status('SUBSCRIBED');
    fake.status('CLOSED');
    expect(fake.raw.channel).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.raw.setAuth).toHaveBeenCalledTimes(2);
    expect(fake.raw.channel).toHaveBeenCalledTimes(2);
    expect(channel.onRejoined).not.toHaveBeenCalled();
    fake.status('SUBSCRIBED');
    expect(channel.onRejoined).toHaveBeenCalledTimes(1);
    fake.push({ id: ID });
    expect(channel.onHint).toHaveBeenCalledWith(ID);
  });

  it('waits longer after each close in a row, and starts again once joined', async () => {
    vi.useFakeTimers();
    const fake = fakeRealtime();
    await joinPrivateChannel(fake.realtime, options());
    fake.status('CLOSED');
    await vi.advanceTimersByTimeAsync(1_000);
    fake.status('CLOSED');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fake.raw.channel).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.raw.channel).toHaveBeenCalledTimes(3);
    fake.status('SUBSCRIBED');
    fake.status('CLOSED');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.raw.channel).toHaveBeenCalledTimes(4);
  });

  it('joins nothing again once left, even when the close comes after', async () => {
    vi.useFakeTimers();
    const fake = fakeRealtime();
    const channel = options();
    const leave = await joinPrivateChannel(fake.realtime, channel);
    fake.status('SUBSCRIBED');
    leave();
    fake.status('CLOSED');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.raw.channel).toHaveBeenCalledTimes(1);
    expect(channel.onRejoined).not.toHaveBeenCalled();
  });

  it('cancels a pending rejoin when left meanwhile', async () => {
    vi.useFakeTimers();
    const fake = fakeRealtime();
    const leave = await joinPrivateChannel(fake.realtime, options());
    fake.status('CLOSED');
    leave();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.raw.channel).toHaveBeenCalledTimes(1);
  });

  it('waits for a channel of the same topic still leaving before joining again', async () => {
    const leaving = { topic: 'realtime:dossier:d1' };
    const fake = fakeRealtime([leaving, { topic: 'realtime:user:u1' }]);
    await joinPrivateChannel(fake.realtime, options());
    expect(fake.raw.removeChannel).toHaveBeenCalledTimes(1);
    expect(fake.raw.removeChannel).toHaveBeenCalledWith(leaving);
  });

  it('leaves the channel it joined', async () => {
    const fake = fakeRealtime();
    const leave = await joinPrivateChannel(fake.realtime, options());
    leave();
    expect(fake.raw.removeChannel).toHaveBeenCalledExactlyOnceWith(fake.raw.channel.mock.results[0]?.value);
  });
});

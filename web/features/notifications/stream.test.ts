import type { RealtimeClient } from '@supabase/realtime-js';
import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshDossierLists } from '@/features/case-file';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { notificationKeys } from './keys';
import type { AppNotification, NotificationPage } from './queries';
import { startNotificationStream } from './stream';

const USER = '11111111-1111-4111-8111-000000000001';
const id = (n: number) => `77777777-7777-4777-8777-${String(n).padStart(12, '0')}`;
type Stored = AppNotification & { user_id: string; replaces: string | null };
const stored = (n: number, overrides: Partial<Stored> = {}): Stored => ({
  id: id(n), user_id: USER, kind: 'event_promoted', title: `Titre ${n}`, body: '', link: '/live', read_at: null,
  created_at: '2026-11-25T10:00:00+00:00', replaces: null, dossier_title: null, ...overrides,
});
const payloadOf = (n: Stored) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, created_at: n.created_at, replaces: n.replaces });

/** realtime-js' channel (the test pushes broadcasts) and supabase-js' `notifications` answered from `table` by id. */
function fakeSupabase(table: Stored[]) {
  let deliver: (message: { payload?: unknown }) => void = () => undefined;
  let onStatus: (status: string) => void = () => undefined;
  const reads: Record<string, unknown>[] = [];
  const channel = {
    on: (_type: string, _filter: unknown, handler: typeof deliver) => ((deliver = handler), channel),
    subscribe: (callback: typeof onStatus) => ((onStatus = callback), callback('SUBSCRIBED'), channel),
  };
  const from = () => {
    const equals: Record<string, unknown> = {};
    const builder = {
      select: () => builder,
      eq: (column: string, value: unknown) => ((equals[column] = value), builder),
      maybeSingle: () => {
        reads.push(equals);
        const row = table.find((n) => Object.entries(equals).every(([column, value]) => n[column as keyof Stored] === value));
        const { user_id: _owner, ...visible } = row ?? ({} as Stored);
        return Promise.resolve({ data: row ? visible : null, error: null });
      },
    };
    return builder;
  };
  const realtime = { setAuth: async () => undefined, getChannels: () => [], channel: () => channel, removeChannel: async () => 'ok' };
  return {
    supabase: { from } as unknown as AppSupabaseClient, realtime: realtime as unknown as RealtimeClient, push: (payload: unknown) => deliver({ payload }), reads,
    status: (status: string) => onStatus(status),
  };
}

let fake: ReturnType<typeof fakeSupabase>;
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => fake.supabase }));
vi.mock('@/lib/supabase/realtime', () => ({ loadRealtime: async () => fake.realtime }));
vi.mock('@/features/case-file', () => ({ refreshDossierLists: vi.fn(async () => undefined) }));

async function started(table: Stored[], listed: AppNotification[] = [], unread = listed.filter((n) => !n.read_at).length) {
  fake = fakeSupabase(table);
  const queryClient = new QueryClient();
  queryClient.setQueryData<InfiniteData<NotificationPage>>(notificationKeys.list(USER), { pages: [{ items: listed, nextCursor: null }], pageParams: [null] });
  queryClient.setQueryData(notificationKeys.unread(USER), unread);
  const arrived: AppNotification[] = [];
  await startNotificationStream(queryClient, USER, (n) => arrived.push(n));
  const list = () => queryClient.getQueryData<InfiniteData<NotificationPage>>(notificationKeys.list(USER))!.pages[0]!.items.map((n) => n.id);
  const count = () => queryClient.getQueryData<number>(notificationKeys.unread(USER));
  return { arrived, list, count, queryClient };
}

afterEach(() => {
  vi.clearAllMocks();
});

describe('the notification stream reads each broadcast back before showing it', () => {
  it('shows, lists and counts a notification as the database holds it', async () => {
    const real = stored(1, { title: 'Une place s’est libérée' });
    const { arrived, list, count } = await started([real]);
    fake.push({ ...payloadOf(real), title: 'Titre réécrit en route' });
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    expect(arrived[0]).toMatchObject({ id: real.id, title: 'Une place s’est libérée' });
    expect(list()).toEqual([real.id]);
    expect(count()).toBe(1);
    expect(fake.reads).toEqual([{ id: real.id, user_id: USER }]);
  });

  it('never shows or counts a notification the database does not return', async () => {
    const genuine = stored(2);
    const { arrived, list, count } = await started([genuine]);
    fake.push(payloadOf(stored(1, { title: 'Votre dossier est refusé' })));
    fake.push(payloadOf(genuine));
    await vi.waitFor(() => expect(arrived.map((n) => n.id)).toContain(genuine.id));
    expect(arrived.map((n) => n.title)).toEqual([genuine.title]);
    expect(list()).toEqual([genuine.id]);
    expect(count()).toBe(1);
  });

  it('replaces an unread notice only when the database says so', async () => {
    const old = stored(1, { kind: 'post_liked', title: 'Karim a aimé votre publication' });
    const grouped = stored(2, { kind: 'post_liked', title: 'Karim et 1 autre personne ont aimé', replaces: old.id });
    const { list, count, arrived } = await started([grouped], [old]);
    fake.push({ ...payloadOf(grouped), replaces: null });
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    expect(list()).toEqual([grouped.id]);
    expect(count()).toBe(1);
  });

  it('does not count one that was read meanwhile', async () => {
    const read = stored(1, { read_at: '2026-11-25T10:01:00+00:00' });
    const { arrived, count } = await started([read]);
    fake.push(payloadOf(read));
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    expect(count()).toBe(0);
  });

  it('reads nothing for a payload that names no notification', async () => {
    const genuine = stored(2);
    const { arrived } = await started([genuine]);
    fake.push({ id: "x' or true", kind: 'event_promoted', title: 'x', created_at: 'now' });
    fake.push('bonjour');
    fake.push(payloadOf(genuine));
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    expect(fake.reads).toEqual([{ id: genuine.id, user_id: USER }]);
  });

  it('reads the count, the list and the dossier lists afresh once the channel is joined after a drop', async () => {
    const { queryClient } = await started([]);
    const stale = () => [notificationKeys.unread(USER), notificationKeys.list(USER)].map((key) => queryClient.getQueryState(key)?.isInvalidated);
    fake.status('CHANNEL_ERROR');
    expect(stale()).toEqual([false, false]);
    expect(refreshDossierLists).not.toHaveBeenCalled();
    fake.status('SUBSCRIBED');
    expect(stale()).toEqual([true, true]);
    expect(refreshDossierLists).toHaveBeenCalledExactlyOnceWith(queryClient);
  });
});

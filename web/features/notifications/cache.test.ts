import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { addArrived, markAllReadInCache, markReadInCache, removeFromCache } from './cache';
import { notificationKeys } from './keys';
import type { AppNotification, NotificationPage } from './queries';
import { parseNotificationHint } from './schema';

const USER = 'u1';
const item = (id: string, read_at: string | null = null): AppNotification => ({
  id, kind: 'post_reply', title: `n ${id}`, body: '', link: '/inside/p', read_at, created_at: '2026-11-24T10:00:00Z', dossier_title: null,
});

function seeded(items: AppNotification[], unread: number) {
  const queryClient = new QueryClient();
  queryClient.setQueryData<InfiniteData<NotificationPage>>(notificationKeys.list(USER), { pages: [{ items, nextCursor: null }], pageParams: [null] });
  queryClient.setQueryData(notificationKeys.unread(USER), unread);
  return queryClient;
}
const ids = (queryClient: QueryClient) =>
  queryClient.getQueryData<InfiniteData<NotificationPage>>(notificationKeys.list(USER))!.pages[0]!.items.map((n) => `${n.id}${n.read_at ? '' : '*'}`);

describe('notifications in the cache', () => {
  it('a deleted notification leaves the list, and the unread count only if it was unread', () => {
    const queryClient = seeded([item('a'), item('b', '2026-11-24T11:00:00Z'), item('c')], 2);
    removeFromCache(queryClient, USER, 'b');
    expect(ids(queryClient)).toEqual(['a*', 'c*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(2);
    removeFromCache(queryClient, USER, 'a');
    expect(ids(queryClient)).toEqual(['c*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(1);
  });

  it('puts an arrival first and counts it once, even if Realtime delivers it twice', () => {
    const queryClient = seeded([item('a')], 1);
    addArrived(queryClient, USER, item('b'));
    addArrived(queryClient, USER, item('b'));
    expect(ids(queryClient)).toEqual(['b*', 'a*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(2);
  });

  it('puts a notice that replaces an unread one in its place, without counting it again', () => {
    const queryClient = seeded([item('a'), item('b')], 2);
    addArrived(queryClient, USER, item('c'), 'b');
    expect(ids(queryClient)).toEqual(['c*', 'a*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(2);
  });

  it('counts a replacing notice when the one it replaces was read here meanwhile', () => {
    const queryClient = seeded([item('a'), item('b', '2026-11-24T11:00:00Z')], 1);
    addArrived(queryClient, USER, item('c'), 'b');
    expect(ids(queryClient)).toEqual(['c*', 'a*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(2);
  });

  it('lists without counting an arrival that was read meanwhile', () => {
    const queryClient = seeded([item('a')], 1);
    addArrived(queryClient, USER, item('b', '2026-11-24T11:00:00Z'));
    expect(ids(queryClient)).toEqual(['b', 'a*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(1);
  });

  it('marks one read and lowers the count once', () => {
    const queryClient = seeded([item('a'), item('b')], 2);
    markReadInCache(queryClient, USER, 'a', '2026-11-24T11:00:00Z');
    markReadInCache(queryClient, USER, 'a', '2026-11-24T11:00:01Z');
    expect(ids(queryClient)).toEqual(['a', 'b*']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(1);
  });

  it('marks all read', () => {
    const queryClient = seeded([item('a'), item('b', '2026-11-24T09:00:00Z')], 1);
    markAllReadInCache(queryClient, USER, '2026-11-24T11:00:00Z');
    expect(ids(queryClient)).toEqual(['a', 'b']);
    expect(queryClient.getQueryData(notificationKeys.unread(USER))).toBe(0);
  });
});

describe('the Realtime payload', () => {
  it('names the notification to read back, and nothing else is taken from it', () => {
    expect(parseNotificationHint({ id: '77777777-7777-4777-8777-000000000001', kind: 'event_reminder', title: 'Rappel', created_at: 'now' }))
      .toBe('77777777-7777-4777-8777-000000000001');
  });

  it('names nothing without a notification id', () => {
    expect(parseNotificationHint({ kind: 'event_reminder', title: 'Rappel', created_at: 'now' })).toBeNull();
    expect(parseNotificationHint({ id: "n1' or true" })).toBeNull();
    expect(parseNotificationHint('nope')).toBeNull();
  });
});

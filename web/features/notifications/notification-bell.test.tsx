import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render-with-app';
import { badgeText, NotificationBell } from './notification-bell';

vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: vi.fn(), pageSettled: async () => {} }));
vi.mock('@/lib/supabase/realtime', () => ({ loadRealtime: vi.fn() }));
const { loadSupabase } = await import('@/lib/supabase/lazy');
const { loadRealtime } = await import('@/lib/supabase/realtime');
// The bell fetches its Realtime code after hydration; loaded here once, so no test races the transform.
await import('./stream');

const USER = '11111111-1111-4111-8111-111111111111';
// As the signed-in layout reads them from messages/fr.json.
const LABELS = { none: 'Notifications', one: 'Notifications, # non lue', other: 'Notifications, # non lues', locale: 'fr-CA' };
type Handler = (message: { payload?: unknown }) => void;

function fakeSupabase(unread: number) {
  const calls: string[] = [];
  let onBroadcast: Handler | null = null;
  const channel = {
    on: vi.fn((_type: string, filter: { event: string }, handler: Handler) => {
      if (filter.event === 'notification') onBroadcast = handler;
      return channel;
    }),
    subscribe: vi.fn(() => channel),
  };
  const realtime = {
    setAuth: vi.fn(async () => { calls.push('setAuth'); }),
    channel: vi.fn((topic: string, options: unknown) => {
      calls.push(`channel ${topic} ${JSON.stringify(options)}`);
      return channel;
    }),
    removeChannel: vi.fn(async () => 'ok'),
    getChannels: vi.fn(() => []),
  };
  const supabase = {
    // The unread count (…eq().is()) and the read-back of an announced notification (…eq().eq().maybeSingle()).
    from: vi.fn(() => {
      const query = {
        select: () => query,
        eq: () => query,
        is: async () => ({ count: unread, error: null }),
        maybeSingle: async () => ({ data: { ...arriving, read_at: null, replaces: null }, error: null }),
      };
      return query;
    }),
  };
  return { supabase, realtime, calls, broadcast: (payload: unknown) => act(() => onBroadcast?.({ payload })) };
}

const arriving = {
  id: '44444444-4444-4444-8444-444444444444', kind: 'document_reviewed', title: 'Document approuvé : passeport.pdf',
  body: '', link: '/dossiers/55555555-5555-4555-8555-555555555555', created_at: '2026-11-24T15:00:00Z',
};

let fake: ReturnType<typeof fakeSupabase>;
beforeEach(() => {
  vi.clearAllMocks();
  fake = fakeSupabase(2);
  vi.mocked(loadSupabase).mockResolvedValue(fake.supabase as never);
  vi.mocked(loadRealtime).mockResolvedValue(fake.realtime as never);
});

describe('NotificationBell', () => {
  it('shows the count the page was served with, in words for screen readers, without reading it again', async () => {
    renderWithApp(<NotificationBell userId={USER} labels={LABELS} unread={5} />);
    expect(screen.getByTestId('notification-count').textContent).toBe('5');
    expect(screen.getByRole('link', { name: 'Notifications, 5 non lues' }).getAttribute('href')).toBe('/notifications');
    await waitFor(() => expect(fake.realtime.channel).toHaveBeenCalled());
    expect(fake.supabase.from).not.toHaveBeenCalled();
    expect(loadSupabase).not.toHaveBeenCalled();
  });

  it('reads the count in the browser when the server could not', async () => {
    renderWithApp(<NotificationBell userId={USER} labels={LABELS} unread={null} />);
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('2'));
    expect(screen.getByRole('link', { name: 'Notifications, 2 non lues' })).toBeTruthy();
  });

  it('joins the private channel user:<id> with the session set first, and counts what arrives as read back', async () => {
    renderWithApp(<NotificationBell userId={USER} labels={LABELS} unread={2} />);
    await waitFor(() => expect(fake.realtime.channel).toHaveBeenCalled());
    expect(fake.calls).toEqual(['setAuth', `channel user:${USER} {"config":{"private":true}}`]);
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('2'));

    await fake.broadcast({ ...arriving, title: 'Votre dossier est refusé' });

    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('3'));
    expect(screen.getByRole('link', { name: 'Notifications, 3 non lues' })).toBeTruthy();
    expect(await screen.findByText('Document approuvé : passeport.pdf')).toBeTruthy();
    expect(screen.queryByText('Votre dossier est refusé')).toBeNull();
  });

  it('reads nothing and counts nothing for a payload that names no notification', async () => {
    renderWithApp(<NotificationBell userId={USER} labels={LABELS} unread={2} />);
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('2'));
    fake.supabase.from.mockClear();

    await fake.broadcast({ id: 'x', kind: 'unknown_kind', title: 42 });

    expect(fake.supabase.from).not.toHaveBeenCalled();
    expect(screen.getByTestId('notification-count').textContent).toBe('2');
  });

  it('leaves the channel when it goes away', async () => {
    const { unmount } = renderWithApp(<NotificationBell userId={USER} labels={LABELS} unread={2} />);
    await waitFor(() => expect(fake.realtime.channel).toHaveBeenCalled());
    await waitFor(() => expect(fake.realtime.setAuth).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    unmount();
    expect(fake.realtime.removeChannel).toHaveBeenCalled();
  });

  it('caps the badge at 99+', () => {
    expect([1, 99, 100, 4321].map(badgeText)).toEqual(['1', '99', '99+', '99+']);
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chronological, type MessagePages } from './cache';
import { chatKeys } from './keys';
import type { Message } from './queries';
import { fakeChatSupabase } from '@/test/fake-chat-supabase';
import { useDossierLive } from './use-dossier-live';
import { useUnreadCount } from './use-unread';

const DOSSIER = '44444444-4444-4444-8444-000000000001';
const ME = '11111111-1111-4111-8111-000000000001';
const PRO = '22222222-2222-4222-8222-000000000001';
const id = (n: number) => `a1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const message = (n: number, sender: string, overrides: Partial<Message> = {}): Message => ({
  id: id(n), dossier_id: DOSSIER, sender_id: sender, body: `texte ${n}`, attachment_document_id: null, read_at: null,
  created_at: `2026-03-01T10:0${n}:00+00:00`, ...overrides,
});
const change = (operation: string, record: Message | null, old: Message | null = null) =>
  ({ operation, table: 'messages', schema: 'public', record, old_record: old });

let fake: ReturnType<typeof fakeChatSupabase>;
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => fake.supabase, pageSettled: async () => {} }));
vi.mock('@/lib/supabase/realtime', () => ({ loadRealtime: async () => fake.realtime }));

/** The hook with a live unread count, over a database holding `rows`; the chat shows `shown`. */
function setup(rows: Message[], shown: Message[], chatVisible = false) {
  fake = fakeChatSupabase(rows);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData<MessagePages>(chatKeys.messages(DOSSIER), { pages: [{ messages: [...shown].reverse(), older: null }], pageParams: [null] });
  const onMarkRead = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const view = renderHook(
    () => {
      useDossierLive(DOSSIER, ME, { chatVisible, onMarkRead });
      return useUnreadCount(DOSSIER, ME);
    },
    { wrapper },
  );
  const shownNow = () => chronological(client.getQueryData(chatKeys.messages(DOSSIER)));
  return { client, onMarkRead, view, shownNow };
}

afterEach(() => {
  vi.clearAllMocks();
});

describe('useDossierLive', () => {
  it('joins the dossier channel once the page is up, and leaves it on the way out', async () => {
    const { view } = setup([], []);
    await waitFor(() => expect(fake.joined()).toEqual([`dossier:${DOSSIER}`]));
    view.unmount();
    expect(fake.realtimeSpies.removeChannel).toHaveBeenCalled();
  });

  it('shows a message from the other party once the database returns it, and counts it unread', async () => {
    const mine = message(1, ME);
    const reply = message(2, PRO);
    const { view, shownNow, onMarkRead } = setup([mine, reply], [mine]);
    await waitFor(() => expect(view.result.current.data).toBe(1));
    fake.push(change('INSERT', reply));
    await waitFor(() => expect(shownNow().map((m) => m.id)).toEqual([mine.id, reply.id]));
    expect(shownNow()[1]).toEqual(reply);
    expect(view.result.current.data).toBe(1);
    expect(onMarkRead).not.toHaveBeenCalled();
  });

  it('reads at once what arrives while the chat is in front of the viewer', async () => {
    const reply = message(2, PRO);
    const { onMarkRead, shownNow } = setup([reply], [], true);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('INSERT', reply));
    await waitFor(() => expect(onMarkRead).toHaveBeenCalledTimes(1));
    expect(shownNow().map((m) => m.id)).toEqual([reply.id]);
  });

  it('shows a read receipt as the database holds it', async () => {
    const mine = message(1, ME);
    const read = { ...mine, read_at: '2026-03-01T11:00:00+00:00' };
    const { shownNow } = setup([read], [mine]);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('UPDATE', read, mine));
    await waitFor(() => expect(shownNow()[0]?.read_at).toBe(read.read_at));
  });

  it('drops a message the database no longer returns', async () => {
    const gone = message(1, PRO);
    const { shownNow } = setup([], [gone]);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('DELETE', null, gone));
    await waitFor(() => expect(shownNow()).toEqual([]));
  });

  it('reads hints that arrive together in one request, for this dossier only', async () => {
    const rows = [message(1, PRO), message(2, PRO), message(3, PRO)];
    const { shownNow } = setup(rows, []);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    for (const row of rows) fake.push(change('INSERT', row));
    await waitFor(() => expect(shownNow()).toHaveLength(3));
    expect(fake.reads().length).toBeLessThanOrEqual(2);
    expect(fake.reads().flat().sort()).toEqual(rows.map((r) => r.id).sort());
    expect(fake.readFilters().every((f) => f.dossier_id === DOSSIER)).toBe(true);
  });
  it('reads the chat and the unread count again once the channel is joined after a drop', async () => {
    const rows: Message[] = [];
    const { client, view } = setup(rows, []);
    await waitFor(() => expect(view.result.current.data).toBe(0));
    rows.push(message(2, PRO)); // sent while the connection was down: no broadcast will bring it
    fake.status('CHANNEL_ERROR');
    expect(client.getQueryState(chatKeys.messages(DOSSIER))?.isInvalidated).toBe(false);
    fake.status('SUBSCRIBED');
    await waitFor(() => expect(view.result.current.data).toBe(1));
    expect(client.getQueryState(chatKeys.messages(DOSSIER))?.isInvalidated).toBe(true);
  });
});

describe('a broadcast is only a hint: a forged payload is never shown', () => {
  // Hints are read back in the order they come: once a genuine message that follows is shown,
  // the forged hint before it has been dealt with.
  const genuine = message(5, PRO, { body: 'Vrai message' });
  const settle = async (shownNow: () => Message[]) => {
    fake.push(change('INSERT', genuine));
    await waitFor(() => expect(shownNow().map((m) => m.id)).toContain(genuine.id));
  };

  it('a message "from" the pro that the database does not hold never appears, nor counts', async () => {
    const mine = message(1, ME);
    const { view, shownNow } = setup([mine, genuine], [mine]);
    await waitFor(() => expect(view.result.current.data).toBe(1));
    fake.push(change('INSERT', message(2, PRO, { body: 'Envoyez-moi votre mot de passe.' })));
    await settle(shownNow);
    expect(shownNow()).toEqual([mine, genuine]);
    await waitFor(() => expect(view.result.current.isFetching).toBe(false));
    expect(view.result.current.data).toBe(1);
  });

  it('a rewritten message shows what the database holds, not the payload', async () => {
    const original = message(1, PRO, { body: 'Le rendez-vous est lundi.' });
    const { shownNow } = setup([original, genuine], [original]);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('UPDATE', { ...original, body: 'Le rendez-vous est annulé.' }, original));
    await settle(shownNow);
    expect(shownNow()).toEqual([original, genuine]);
  });

  it('a removal removes nothing the database still returns', async () => {
    const kept = message(1, PRO);
    const { shownNow } = setup([kept, genuine], [kept]);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('DELETE', null, kept));
    await settle(shownNow);
    expect(shownNow()).toEqual([kept, genuine]);
  });

  it('a message of another dossier named on this channel stays out of this chat', async () => {
    const elsewhere = message(9, PRO, { dossier_id: '44444444-4444-4444-8444-000000000009' });
    const { shownNow } = setup([elsewhere, genuine], []);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push(change('INSERT', elsewhere));
    await settle(shownNow);
    expect(shownNow()).toEqual([genuine]);
  });

  it('a payload that names no message reads nothing', async () => {
    const { shownNow } = setup([genuine], []);
    await waitFor(() => expect(fake.joined()).toHaveLength(1));
    fake.push({ operation: 'INSERT', table: 'messages', record: { id: "x') or (true" } });
    fake.push({ operation: 'INSERT', table: 'documents', record: message(1, PRO) });
    fake.push('bonjour');
    await settle(shownNow);
    expect(fake.reads().flat()).toEqual([genuine.id]);
  });
});

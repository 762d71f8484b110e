import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chronological, type MessagePages } from './cache';
import { chatKeys } from './keys';
import type { LiveHandlers } from './live';
import type { Message } from './queries';
import { useDossierLive } from './use-dossier-live';

const joined: { dossierId: string; handlers: LiveHandlers; leave: ReturnType<typeof vi.fn> }[] = [];
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => ({}) }));
vi.mock('./live', () => ({
  joinDossierChannel: async (_supabase: unknown, dossierId: string, handlers: LiveHandlers) => {
    const leave = vi.fn();
    joined.push({ dossierId, handlers, leave });
    return leave;
  },
}));

const ME = 'amina';
const message = (id: string, sender: string): Message => ({
  id, dossier_id: 'd1', sender_id: sender, body: `texte ${id}`, attachment_document_id: null, read_at: null, created_at: `2026-03-01T10:0${id.slice(1)}:00Z`,
});

function setup(chatVisible: boolean) {
  const client = new QueryClient();
  client.setQueryData<MessagePages>(chatKeys.messages('d1'), { pages: [{ messages: [message('m1', ME)], older: null }], pageParams: [null] });
  client.setQueryData(chatKeys.unread('d1', ME), 0);
  const onMarkRead = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const view = renderHook(({ visible }) => useDossierLive('d1', ME, { chatVisible: visible, onMarkRead }), { wrapper, initialProps: { visible: chatVisible } });
  return { client, onMarkRead, view };
}

afterEach(() => {
  joined.length = 0;
});

describe('useDossierLive', () => {
  it('joins the dossier channel once the page is up, and leaves it on the way out', async () => {
    const { view } = setup(false);
    await waitFor(() => expect(joined).toHaveLength(1));
    expect(joined[0]!.dossierId).toBe('d1');
    view.unmount();
    expect(joined[0]!.leave).toHaveBeenCalled();
  });

  it('shows a message from the other party at the bottom and counts it unread while the chat is hidden', async () => {
    const { client, onMarkRead } = setup(false);
    await waitFor(() => expect(joined).toHaveLength(1));
    joined[0]!.handlers.onChange({ operation: 'INSERT', table: 'messages', record: message('m2', 'sophie'), old_record: null });
    expect(chronological(client.getQueryData(chatKeys.messages('d1'))).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(client.getQueryData(chatKeys.unread('d1', ME))).toBe(1);
    expect(onMarkRead).not.toHaveBeenCalled();
  });

  it('reads at once what arrives while the chat is in front of the viewer', async () => {
    const { client, onMarkRead } = setup(true);
    await waitFor(() => expect(joined).toHaveLength(1));
    joined[0]!.handlers.onChange({ operation: 'INSERT', table: 'messages', record: message('m2', 'sophie'), old_record: null });
    expect(onMarkRead).toHaveBeenCalledTimes(1);
    expect(client.getQueryData(chatKeys.unread('d1', ME))).toBe(0);
  });

  it('does not count the viewer’s own messages, and drops deleted ones', async () => {
    const { client } = setup(false);
    await waitFor(() => expect(joined).toHaveLength(1));
    joined[0]!.handlers.onChange({ operation: 'INSERT', table: 'messages', record: message('m3', ME), old_record: null });
    expect(client.getQueryData(chatKeys.unread('d1', ME))).toBe(0);
    joined[0]!.handlers.onChange({ operation: 'DELETE', table: 'messages', record: null, old_record: { id: 'm1' } });
    expect(chronological(client.getQueryData(chatKeys.messages('d1'))).map((m) => m.id)).toEqual(['m3']);
  });

  it('ignores a change that belongs to another dossier', async () => {
    const { client } = setup(false);
    await waitFor(() => expect(joined).toHaveLength(1));
    joined[0]!.handlers.onChange({ operation: 'INSERT', table: 'messages', record: { ...message('m9', 'sophie'), dossier_id: 'd2' }, old_record: null });
    expect(chronological(client.getQueryData(chatKeys.messages('d1')))).toHaveLength(1);
    expect(client.getQueryData(chatKeys.unread('d1', ME))).toBe(0);
  });
});

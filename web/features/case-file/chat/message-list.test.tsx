import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { MessageList } from './message-list';
import type { Message } from './queries';

const message = (id: string, sender: string, minute: number, read_at: string | null = null, attachment: string | null = null): Message => ({
  id, dossier_id: 'd1', sender_id: sender, body: `Message ${id}`, attachment_document_id: attachment, read_at,
  created_at: `2026-03-01T15:${String(minute).padStart(2, '0')}:00Z`,
});
const messages = [message('m1', 'sophie', 1), message('m2', 'amina', 2, '2026-03-01T15:05:00Z'), message('m3', 'amina', 3, null, 'doc-1')];

function renderList(overrides: Partial<Parameters<typeof MessageList>[0]> = {}) {
  const onLoadOlder = vi.fn();
  const download = vi.fn();
  render(
    <MessageList
      messages={messages}
      viewerId="amina"
      senderName={(id) => (id === 'sophie' ? 'Sophie Tremblay' : 'Inconnu')}
      attachmentOf={(m) => (m.attachment_document_id ? { fileName: 'passeport.pdf', onDownload: download } : null)}
      hasOlder
      loadingOlder={false}
      onLoadOlder={onLoadOlder}
      {...overrides}
    />,
    { wrapper: WithMessages },
  );
  return { onLoadOlder, download };
}

describe('MessageList', () => {
  it('lists messages oldest first with who wrote them, and read receipts on mine', () => {
    renderList();
    const items = within(screen.getByRole('list', { name: 'Messages' })).getAllByRole('listitem').filter((li) => li.dataset.test === 'chat-message');
    expect(items.map((li) => li.querySelector('[data-test="chat-message-body"]')?.textContent)).toEqual(['Message m1', 'Message m2', 'Message m3']);
    expect(items[0]!.textContent).toContain('Sophie Tremblay');
    expect(items[0]!.querySelector('[data-test="message-receipt"]')).toBeNull();
    expect(items[1]!.textContent).toContain('Vous');
    expect(items[1]!.querySelector('[data-test="message-receipt"]')?.textContent).toBe('Lu');
    expect(items[2]!.querySelector('[data-test="message-receipt"]')?.textContent).toBe('Envoyé');
  });

  it('is a focusable, named region (keyboard users can scroll it)', () => {
    renderList();
    const region = screen.getByRole('region', { name: 'Fil de la conversation' });
    expect(region.tabIndex).toBe(0);
  });

  it('loads older messages with a button as well as by scrolling', async () => {
    const { onLoadOlder } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher les messages précédents' }));
    expect(onLoadOlder).toHaveBeenCalledTimes(1);
  });

  it('says where the conversation starts once everything is loaded', () => {
    renderList({ hasOlder: false });
    expect(screen.queryByRole('button', { name: 'Afficher les messages précédents' })).toBeNull();
    expect(screen.getByText('Début de la conversation')).toBeTruthy();
  });

  it('downloads an attachment from its message', async () => {
    const { download } = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger la pièce jointe passeport.pdf' }));
    expect(download).toHaveBeenCalled();
  });
});

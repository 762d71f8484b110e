import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { ModerationQueue } from './moderation-queue';

// Dialogs load on first opening (React.lazy): the first import can take a moment under vitest.
const LAZY = { timeout: 5000 };

const rpc = vi.fn();
const reports = [{
  id: 'r1', reason: 'spam', details: 'Lien douteux', created_at: '2026-11-20T10:00:00Z', post_id: 'p1', comment_id: null,
  reporter: { full_name: 'Amina Diallo' }, comment: null,
  post: { id: 'p1', title: 'Offre incroyable', body: 'Cliquez ici', author_id: 'u9', hidden: false, author: { full_name: 'Spammeur' } },
}];
// The queue reads reports through PostgREST's builder: answer the chain it uses.
const from = vi.fn(() => ({ select: () => ({ eq: () => ({ order: () => ({ limit: async () => ({ data: reports, error: null }) }) }) }) }));
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => ({ from, rpc }) }));

describe('ModerationQueue', () => {
  it('removes content only with a reason, after confirmation, and can mute the author at once', async () => {
    rpc.mockResolvedValue({ data: 1, error: null });
    const user = userEvent.setup();
    renderWithApp(<ModerationQueue />, { viewer: adminViewer });

    expect(await screen.findByText('1 contenu signalé à examiner, le plus ancien d’abord.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retirer…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retirer cette publication ?' }, LAZY);
    await user.click(within(dialog).getByRole('button', { name: 'Retirer le contenu' }));
    expect(await within(dialog).findByText('Indiquez la raison du retrait.')).toBeTruthy();
    expect(rpc).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Raison du retrait/ }), 'Publicité non sollicitée');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Mettre Spammeur en sourdine' }), '7');
    await user.click(within(dialog).getByRole('button', { name: 'Retirer le contenu' }));

    expect(rpc).toHaveBeenCalledWith('resolve_report', { report_id: 'r1', decision: 'removed', note: 'Publicité non sollicitée', mute_days: 7 });
    expect(await screen.findByText('Contenu retiré et auteur mis en sourdine.')).toBeTruthy();
  });

  it('keeps content after confirmation, without a reason', async () => {
    rpc.mockReset();
    rpc.mockResolvedValue({ data: 1, error: null });
    const user = userEvent.setup();
    renderWithApp(<ModerationQueue />, { viewer: adminViewer });
    await user.click(await screen.findByRole('button', { name: 'Conserver' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Conserver cette publication ?' }, LAZY)).getByRole('button', { name: 'Conserver' }));
    expect(rpc).toHaveBeenCalledWith('resolve_report', { report_id: 'r1', decision: 'kept' });
  });
});

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
    const dialog = await screen.findByRole('dialog', { name: 'Retirer cette publication ?' }, LAZY);
    await user.click(within(dialog).getByRole('button', { name: 'Retirer le contenu' }));
    expect(await within(dialog).findByText('Indiquez le motif du retrait.')).toBeTruthy();
    expect(rpc).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Motif du retrait/ }), 'Publicité non sollicitée');
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
    await user.click(within(await screen.findByRole('dialog', { name: 'Conserver cette publication ?' }, LAZY)).getByRole('button', { name: 'Conserver' }));
    expect(rpc).toHaveBeenCalledWith('resolve_report', { report_id: 'r1', decision: 'kept' });
  });

  // Issue #15 (« Small defects »): muting was preset to 7 days. Nothing is chosen for the moderator.
  it('offers no mute duration in advance, on removal or on muting, and mutes only for the one chosen', async () => {
    rpc.mockReset();
    rpc.mockResolvedValue({ data: null, error: null });
    const user = userEvent.setup();
    renderWithApp(<ModerationQueue />, { viewer: adminViewer });

    await user.click(await screen.findByRole('button', { name: 'Retirer…' }));
    const removal = await screen.findByRole('dialog', { name: 'Retirer cette publication ?' }, LAZY);
    const removalMute = within(removal).getByRole('combobox', { name: 'Mettre Spammeur en sourdine' }) as HTMLSelectElement;
    expect(removalMute.value).toBe('');
    expect(removalMute.selectedOptions[0]?.textContent).toBe('Pas de mise en sourdine');
    await user.click(within(removal).getByRole('button', { name: 'Annuler' }));

    await user.click(await screen.findByRole('button', { name: 'Mettre l’auteur en sourdine…' }));
    const muting = await screen.findByRole('dialog', { name: 'Mettre Spammeur en sourdine ?' }, LAZY);
    const duration = within(muting).getByRole('combobox', { name: 'Durée' }) as HTMLSelectElement;
    expect(duration.value).toBe('');
    await user.click(within(muting).getByRole('button', { name: 'Mettre en sourdine' }));
    expect(await within(muting).findByText('Choisissez une durée.')).toBeTruthy();
    expect(rpc).not.toHaveBeenCalled();

    await user.selectOptions(duration, '30');
    await user.click(within(muting).getByRole('button', { name: 'Mettre en sourdine' }));
    expect(rpc).toHaveBeenCalledTimes(1);
    const [fn, args] = rpc.mock.calls[0] as [string, { user_id: string; muted_until: string }];
    expect(fn).toBe('mute_member');
    expect(args.user_id).toBe('u9');
    const days = (new Date(args.muted_until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSupabase } from '@/test/fake-supabase';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { PrivacySection } from './privacy-section';
import { exportFileName } from './export-data';

// Dialogs load on first opening (React.lazy): the first import can take a moment under vitest.
const LAZY = { timeout: 5000 };

const supabase = fakeSupabase();
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase.client }));
const saveFile = vi.fn();
vi.mock('@/lib/save-file', () => ({ saveFile: (...args: unknown[]) => saveFile(...args) }));
const leave = vi.fn();
vi.mock('./leave', () => ({ leaveAfterErasure: () => leave() }));

describe('PrivacySection', () => {
  beforeEach(() => {
    supabase.rpc.mockReset();
    supabase.signOut.mockClear();
    saveFile.mockReset();
    leave.mockReset();
  });

  it('downloads everything export_my_data returns as a JSON file', async () => {
    const exported = { exported_at: '2026-11-24T12:00:00Z', profile: { full_name: 'Amina Diallo' }, dossiers: [] };
    supabase.rpc.mockResolvedValue({ data: exported, error: null });
    const user = userEvent.setup();
    renderWithApp(<PrivacySection />, { viewer: adminViewer });

    await user.click(screen.getByRole('button', { name: 'Télécharger mes données' }));

    expect(supabase.rpc).toHaveBeenCalledWith('export_my_data');
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const [name, content, type] = saveFile.mock.calls[0]!;
    expect(name).toMatch(/^capitune-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    expect(JSON.parse(String(content))).toEqual(exported);
    expect(await screen.findByText('Vos données ont été téléchargées (fichier JSON).')).toBeTruthy();
  });

  it('erases the account only once SUPPRIMER is typed, then signs out and leaves', async () => {
    supabase.rpc.mockResolvedValue({ data: null, error: null });
    const user = userEvent.setup();
    renderWithApp(<PrivacySection />, { viewer: adminViewer });

    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer définitivement votre compte\u202F?' }, LAZY);
    const field = within(dialog).getByRole('textbox', { name: 'Pour confirmer, tapez SUPPRIMER' });
    expect(document.activeElement).toBe(field);

    await user.type(field, 'supprimer');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(await within(dialog).findByText('Tapez SUPPRIMER en majuscules pour confirmer.')).toBeTruthy();
    expect(supabase.rpc).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, 'SUPPRIMER');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));

    await waitFor(() => expect(leave).toHaveBeenCalledTimes(1));
    expect(supabase.rpc).toHaveBeenCalledWith('erase_my_account', { confirmation: 'SUPPRIMER' });
    expect(supabase.signOut).toHaveBeenCalledWith({ scope: 'local' });
  });

  it('keeps the dialog open with the database’s message when erasure fails', async () => {
    supabase.rpc.mockResolvedValue({ data: null, error: { code: '22023', message: 'Tapez SUPPRIMER pour confirmer la suppression du compte.' } });
    const user = userEvent.setup();
    renderWithApp(<PrivacySection />, { viewer: adminViewer });
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = await screen.findByRole('dialog', {}, LAZY);
    await user.type(within(dialog).getByRole('textbox'), 'SUPPRIMER');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(supabase.signOut).not.toHaveBeenCalled();
    expect(leave).not.toHaveBeenCalled();
  });

  it('names the export after the day', () => {
    expect(exportFileName(new Date(2026, 10, 4))).toBe('capitune-mes-donnees-2026-11-04.json');
  });
});

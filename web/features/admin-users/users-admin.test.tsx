import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSupabase, functionsHttpError } from '@/test/fake-supabase';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import type { AdminUser } from './schema';
import { UsersAdmin } from './users-admin';

// Dialogs load on first opening (React.lazy): the first import can take a moment under vitest.
const LAZY = { timeout: 5000 };

const supabase = fakeSupabase();
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase.client }));

const amina: AdminUser = {
  id: '11111111-1111-4111-8111-000000000001', full_name: 'Amina Diallo', email: 'amina@demo.capitune.ca', role: 'candidate',
  status: 'active', created_at: '2026-09-01T12:00:00Z', last_sign_in_at: '2026-11-20T12:00:00Z',
};
const claire: AdminUser = { ...amina, id: adminViewer.id, full_name: 'Claire Gagnon', email: adminViewer.email, role: 'admin' };
const page = (users: AdminUser[], total = users.length) => ({ data: { users, page: 1, page_size: 20, total }, error: null });

describe('UsersAdmin', () => {
  beforeEach(() => supabase.invoke.mockReset());

  it('lists members from admin-users and searches on submit', async () => {
    supabase.invoke.mockResolvedValue(page([amina, claire]));
    const user = userEvent.setup();
    renderWithApp(<UsersAdmin />, { viewer: adminViewer });

    expect(await screen.findByText('2 membres')).toBeTruthy();
    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users?page=1&page_size=20', expect.objectContaining({ method: 'GET', body: undefined }));
    // No actions on one's own row: the database refuses them anyway.
    const own = screen.getByText('Claire Gagnon (vous)').closest('tr')!;
    expect(within(own).queryByRole('button')).toBeNull();

    supabase.invoke.mockResolvedValue(page([amina]));
    await user.type(screen.getByRole('searchbox', { name: /Rechercher un membre/ }), ' amina ');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('1 membre pour « amina »')).toBeTruthy();
    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users?search=amina&page=1&page_size=20', expect.objectContaining({ method: 'GET', body: undefined }));
  });

  it('suspends only after confirmation, then shows the new status', async () => {
    supabase.invoke.mockResolvedValueOnce(page([amina]));
    const user = userEvent.setup();
    renderWithApp(<UsersAdmin />, { viewer: adminViewer });
    await user.click(await screen.findByRole('button', { name: 'Suspendre Amina Diallo' }));

    const dialog = await screen.findByRole('dialog', { name: 'Suspendre Amina Diallo ?' }, LAZY);
    expect(supabase.invoke).toHaveBeenCalledTimes(1); // nothing sent yet
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(supabase.invoke).toHaveBeenCalledTimes(1);

    supabase.invoke.mockResolvedValueOnce({ data: { user_id: amina.id, status: 'suspended', banned: true }, error: null });
    supabase.invoke.mockResolvedValueOnce(page([{ ...amina, status: 'suspended' }]));
    await user.click(screen.getByRole('button', { name: 'Suspendre Amina Diallo' }));
    await user.click(within(await screen.findByRole('dialog', {}, LAZY)).getByRole('button', { name: 'Suspendre le compte' }));

    expect(supabase.invoke).toHaveBeenNthCalledWith(2, 'admin-users', expect.objectContaining({ method: 'POST', body: { action: 'suspend', user_id: amina.id } }));
    expect(await screen.findByText('Compte suspendu : Amina Diallo.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Réactiver Amina Diallo' })).toBeTruthy();
  });

  it('changes a role after confirmation and shows the function’s refusal in French', async () => {
    supabase.invoke.mockResolvedValueOnce(page([amina]));
    const user = userEvent.setup();
    renderWithApp(<UsersAdmin />, { viewer: adminViewer });
    await user.click(await screen.findByRole('button', { name: 'Changer le rôle de Amina Diallo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changer le rôle de Amina Diallo' }, LAZY);
    const confirm = within(dialog).getByRole('button', { name: 'Changer le rôle' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true); // same role as now

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Nouveau rôle' }), 'pro');
    supabase.invoke.mockResolvedValueOnce({ data: null, error: functionsHttpError(403, { error: { code: 'forbidden', message: 'Action réservée aux administrateurs.' } }) });
    await user.click(confirm);

    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users', expect.objectContaining({ method: 'POST', body: { action: 'set_role', user_id: amina.id, role: 'pro' } }));
    expect(await screen.findByText('Action réservée aux administrateurs.')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy(); // stays open to retry or cancel
  });
});

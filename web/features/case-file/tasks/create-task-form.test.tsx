import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnswering } from '@/test/supabase-answering';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import { shownErrors } from '@/test/shown-errors';
import { CreateTaskForm } from './create-task-form';

const { supabase } = clientAnswering({ '/rest/v1/rpc/dossier_checklist': { status: 200, body: [] } });
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase }));

const SOPHIE = '22222222-2222-4222-8222-000000000001';

describe('CreateTaskForm', () => {
  it('shows no error on its required title until a task is asked for without one', async () => {
    const user = userEvent.setup();
    renderWithApp(<CreateTaskForm dossierId="44444444-4444-4444-8444-000000000001" viewerId={SOPHIE} />,
      { viewer: testViewer({ id: SOPHIE, role: 'pro', aal: 'aal2' }) });
    await user.click(screen.getByRole('textbox', { name: 'Titre' }));
    await user.tab();
    expect(shownErrors()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Ajouter la tâche' }));
    expect(screen.getByRole('textbox', { name: 'Titre' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks to an English consultant in English, its refusals included', async () => {
    const user = userEvent.setup();
    renderWithApp(<CreateTaskForm dossierId="44444444-4444-4444-8444-000000000001" viewerId={SOPHIE} />,
      { viewer: testViewer({ id: SOPHIE, role: 'pro', aal: 'aal2', locale: 'en-CA' }), locale: 'en-CA' });
    expect(screen.getByRole('heading', { name: 'New task' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add the task' }));
    expect(shownErrors()).toEqual(['title', 'Give the task a title.']);
    expect(screen.getByRole('combobox', { name: 'Document requested' })).toBeTruthy();
  });
});

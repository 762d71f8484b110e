import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeSupabase, functionsHttpError } from '@/test/fake-supabase';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { AnalyticsDashboard } from './analytics-dashboard';
import { ANALYTICS_FIXTURE } from './fixture';

const supabase = fakeSupabase();
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase.client }));

describe('AnalyticsDashboard', () => {
  it('draws each chart as a titled, described SVG image with its data table', async () => {
    supabase.invoke.mockResolvedValueOnce({ data: ANALYTICS_FIXTURE, error: null });
    const user = userEvent.setup();
    renderWithApp(<AnalyticsDashboard />, { viewer: adminViewer });

    const members = await screen.findByRole('img', { name: 'Membres par rôle' });
    expect(members.tagName.toLowerCase()).toBe('svg');
    expect(members.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(members.getAttribute('aria-describedby')!)?.textContent).toBe('48 membres au total, dont 2 comptes suspendus.');
    expect(screen.getByRole('img', { name: 'Dossiers par statut' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Remplissage des Live' })).toBeTruthy();
    expect(screen.getAllByRole('img', { name: /^(Nouveaux membres|Publications|Commentaires|J’aime) — / })).toHaveLength(4);
    expect(supabase.invoke).toHaveBeenCalledWith('admin-analytics', expect.objectContaining({ method: 'GET', body: undefined }));

    const section = screen.getByRole('region', { name: 'Membres par rôle' });
    await user.click(within(section).getByText('Voir les données en tableau'));
    const table = within(section).getByRole('table', { name: 'Membres par rôle' });
    expect(within(table).getByRole('row', { name: 'Candidats 40 2 42' })).toBeTruthy();
    expect(screen.getByText('12,5 j')).toBeTruthy();
  });

  it('explains a refusal and offers to retry', async () => {
    supabase.invoke.mockResolvedValueOnce({ data: null, error: functionsHttpError(403, { error: { code: 'forbidden', message: 'Accès refusé.' } }) });
    renderWithApp(<AnalyticsDashboard />, { viewer: adminViewer });
    expect(await screen.findByText('Accès refusé.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});

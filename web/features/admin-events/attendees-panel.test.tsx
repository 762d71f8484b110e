import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSupabase } from '@/test/fake-supabase';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { AttendeesPanel } from './attendees-panel';

const supabase = fakeSupabase();
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase.client }));
const saveFile = vi.fn();
vi.mock('@/lib/save-file', () => ({ saveFile: (...args: unknown[]) => saveFile(...args) }));

const EVENT = '0f000000-0000-4000-8000-000000000001';

describe('AttendeesPanel', () => {
  beforeEach(() => {
    saveFile.mockReset();
    supabase.rpc.mockReset();
  });

  it('lists attendees and the waitlist, then exports them as a CSV file', async () => {
    supabase.rpc.mockResolvedValue({
      data: [
        { user_id: 'a', full_name: 'Amina Diallo', email: 'amina@demo.capitune.ca', status: 'registered', waitlist_position: null, registered_at: '2026-11-20T15:00:00Z' },
        { user_id: 'b', full_name: 'Lucas Martin', email: 'lucas@demo.capitune.ca', status: 'waitlisted', waitlist_position: 1, registered_at: '2026-11-21T15:00:00Z' },
      ],
      error: null,
    });
    const user = userEvent.setup();
    renderWithApp(<AttendeesPanel eventId={EVENT} title="Permis d’études" startsAt="2026-12-10T18:00:00Z" />, { viewer: adminViewer });

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Liste d’attente (n° 1)')).toBeTruthy();
    expect(screen.getByText('1 inscrit · 1 personne en liste d’attente')).toBeTruthy();
    expect(supabase.rpc).toHaveBeenCalledWith('event_attendees', { event_id: EVENT });

    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const [name, content, type] = saveFile.mock.calls[0]!;
    expect(name).toBe('participants-permis-d-etudes-2026-12-10.csv');
    expect(type).toBe('text/csv;charset=utf-8');
    expect(String(content).startsWith('\uFEFFNom,Courriel,Statut')).toBe(true);
    expect(String(content)).toContain('Lucas Martin,lucas@demo.capitune.ca,Liste d’attente,1,');
  });

  it('has nothing to export when nobody registered', async () => {
    supabase.rpc.mockResolvedValue({ data: [], error: null });
    renderWithApp(<AttendeesPanel eventId={EVENT} title="Vide" startsAt="2026-12-10T18:00:00Z" />, { viewer: adminViewer });
    expect(await screen.findByText('Aucun inscrit pour l’instant')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Exporter en CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

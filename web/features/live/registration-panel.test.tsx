import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import type { LiveEvent, MyRegistration } from './queries';
import { RegistrationPanel } from './registration-panel';

vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: vi.fn() }));
const { loadSupabase } = await import('@/lib/supabase/lazy');

const viewer = testViewer();
const EVENT: LiveEvent = {
  id: '66666666-6666-4666-8666-666666666666', title: 'Entrée express : questions-réponses', description: '',
  starts_at: new Date(Date.now() + 86_400_000).toISOString(), ends_at: new Date(Date.now() + 90_000_000).toISOString(),
  capacity: 2, registered_count: 2, waitlist_count: 4, status: 'scheduled', cancellation_reason: null, replay_url: null,
};

/** Answers as the database would for one viewer: registration rows, the RPCs, the join link. */
function fakeSupabase(state: { registration: MyRegistration | null; position: number; joinUrl: string | null; registerAs: 'registered' | 'waitlisted' }) {
  const rpc = vi.fn(async (fn: string) => {
    if (fn === 'register_for_event') {
      state.registration = { event_id: EVENT.id, status: state.registerAs };
      return { data: { ...state.registration, id: 1, user_id: viewer.id, promoted_at: null, created_at: '' }, error: null };
    }
    if (fn === 'event_waitlist_position') return { data: state.position, error: null };
    return { data: null, error: null };
  });
  const maybeSingleFor = (table: string) => async () => {
    if (table === 'event_registrations') return { data: state.registration, error: null };
    if (table === 'event_join_links') return { data: state.joinUrl ? { join_url: state.joinUrl } : null, error: null };
    return { data: EVENT, error: null };
  };
  const from = vi.fn((table: string) => {
    const query = { select: () => query, eq: () => query, maybeSingle: maybeSingleFor(table) };
    return query;
  });
  return { rpc, from };
}

let fake: ReturnType<typeof fakeSupabase>;
const serve = (state: Parameters<typeof fakeSupabase>[0]) => {
  fake = fakeSupabase(state);
  vi.mocked(loadSupabase).mockResolvedValue(fake as never);
};
beforeEach(() => serve({ registration: null, position: 0, joinUrl: null, registerAs: 'waitlisted' }));

describe('RegistrationPanel', () => {
  it('offers the waitlist for a full event, then shows the viewer’s place in it', async () => {
    serve({ registration: null, position: 3, joinUrl: null, registerAs: 'waitlisted' });
    renderWithApp(<RegistrationPanel event={EVENT} />, { viewer });
    const button = await screen.findByRole('button', { name: 'Rejoindre la liste d’attente' });

    await userEvent.click(button);

    expect(fake.rpc).toHaveBeenCalledWith('register_for_event', { event_id: EVENT.id });
    await waitFor(() => expect(screen.getByTestId('waitlist-position').textContent).toBe('Vous êtes 3e sur la liste d’attente.'));
    expect(fake.rpc).toHaveBeenCalledWith('event_waitlist_position', { event_id: EVENT.id });
    expect(screen.getByRole('button', { name: 'Quitter la liste d’attente' })).toBeTruthy();
    expect(screen.queryByTestId('join-link')).toBeNull();
  });

  it('gives the join link once registered (https only), and a calendar file', async () => {
    serve({ registration: { event_id: EVENT.id, status: 'registered' }, position: 0, joinUrl: 'https://meet.example.com/capitune', registerAs: 'registered' });
    renderWithApp(<RegistrationPanel event={{ ...EVENT, registered_count: 1 }} />, { viewer });

    const join = await screen.findByTestId('join-link');
    expect(join.getAttribute('href')).toBe('https://meet.example.com/capitune');
    expect(join.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByTestId('calendar-file').getAttribute('href')).toBe(`/live/${EVENT.id}/calendrier.ics`);
    expect(screen.getByRole('button', { name: 'Me désinscrire' })).toBeTruthy();
  });

  it('offers the replay after the event, and no registration', async () => {
    const past = { ...EVENT, starts_at: '2026-01-01T10:00:00Z', ends_at: '2026-01-01T11:00:00Z', replay_url: 'https://video.example.com/r1' };
    renderWithApp(<RegistrationPanel event={past} />, { viewer });
    expect((await screen.findByTestId('replay-link')).getAttribute('href')).toBe('https://video.example.com/r1');
    await waitFor(() => expect(fake.from).toHaveBeenCalled());
    expect(screen.queryByTestId('register')).toBeNull();
    expect(screen.queryByTestId('calendar-file')).toBeNull();
  });
});

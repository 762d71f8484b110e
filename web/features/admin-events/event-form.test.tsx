import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { EventForm } from './event-form';
import { EMPTY_EVENT_FORM } from './event-values';

describe('EventForm', () => {
  it('checks with the schema it loads when sent: an empty title and a reversed range are refused, then the values go out', async () => {
    const user = userEvent.setup({ delay: null }); // keystrokes without timers: the shared machine is slow enough
    const onSubmit = vi.fn(async () => undefined);
    render(<WithMessages><EventForm initial={EMPTY_EVENT_FORM} submitLabel="Créer l’événement" onSubmit={onSubmit} /></WithMessages>);
    await user.type(screen.getByLabelText(/Début/), '2026-12-10T18:00');
    await user.type(screen.getByLabelText(/Fin/), '2026-12-10T17:00');
    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }));
    // The first validation waits for zod's chunk to load (vitest transforms it on demand).
    expect(await screen.findByText('Indiquez un titre.', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('La fin doit suivre le début.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/Titre/), 'Entrée express : les étapes');
    await user.clear(screen.getByLabelText(/Fin/));
    await user.type(screen.getByLabelText(/Fin/), '2026-12-10T19:30');
    await user.click(screen.getByRole('button', { name: 'Créer l’événement' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ ...EMPTY_EVENT_FORM, title: 'Entrée express : les étapes', startsAt: '2026-12-10T18:00', endsAt: '2026-12-10T19:30' }));
  }, 20_000);
});

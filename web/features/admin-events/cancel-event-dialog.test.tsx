import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { adminViewer, renderWithApp } from '@/test/render-with-app';
import { shownErrors } from '@/test/shown-errors';
import { CancelEventDialog } from './cancel-event-dialog';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Annuler ce Live</button>
      <CancelEventDialog open={open} onClose={() => setOpen(false)} eventId="55555555-5555-4555-8555-000000000001" title="Parrainage" attendeeCount={3} />
    </>
  );
}

describe('CancelEventDialog', () => {
  it('opens without an error on its required reason, shows one only once confirmed empty, and opens clean again', async () => {
    const user = userEvent.setup();
    renderWithApp(<Opener />, { viewer: adminViewer });
    await user.click(screen.getByRole('button', { name: 'Annuler ce Live' }));
    await user.click(screen.getByRole('textbox', { name: 'Motif de l’annulation' }));
    await user.tab();
    expect(shownErrors()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Annuler le Live' }));
    expect(await screen.findByText('Indiquez le motif de l’annulation.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Garder le Live' }));
    await user.click(screen.getByRole('button', { name: 'Annuler ce Live' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(shownErrors()).toEqual([]);
  });
});

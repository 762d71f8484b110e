import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from './button';
import { Dialog } from './dialog';

function DeleteDraft() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Supprimer le brouillon</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Supprimer ce brouillon ?"
        description="Cette action est définitive."
        footer={<>
          <Button variant="secondary" onClick={() => setOpen(false)}>Annuler</Button>
          <Button variant="danger">Supprimer</Button>
        </>}
      />
    </>
  );
}

describe('Dialog', () => {
  it('is a labelled modal dialog that takes focus when it opens', async () => {
    const user = userEvent.setup();
    render(<DeleteDraft />);
    await user.click(screen.getByRole('button', { name: 'Supprimer le brouillon' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer ce brouillon ?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('Cette action est définitive.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<DeleteDraft />);
    await user.click(screen.getByRole('button', { name: 'Supprimer le brouillon' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Supprimer' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fermer' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fermer' }));
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<DeleteDraft />);
    const opener = screen.getByRole('button', { name: 'Supprimer le brouillon' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its labelled close button', async () => {
    const user = userEvent.setup();
    render(<DeleteDraft />);
    await user.click(screen.getByRole('button', { name: 'Supprimer le brouillon' }));
    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Button } from './button';
import { Dialog } from './dialog';
import { Textarea } from './textarea';

const schema = z.object({ reason: z.string().trim().min(1, 'Indiquez le motif.') });

/** A dialog whose one field is required, wired as the app's dialogs are (React Hook Form + zod). */
function RefuseDialog() {
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<{ reason: string }>({
    resolver: zodResolver(schema), defaultValues: { reason: '' },
  });
  const close = () => { reset(); setOpen(false); };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Refuser</Button>
      <Dialog open={open} onClose={close} title="Refuser ce document"
        footer={<><Button variant="secondary" onClick={close}>Annuler</Button><Button type="submit" form="refuse">Confirmer</Button></>}>
        <form id="refuse" noValidate onSubmit={handleSubmit(close)}>
          <Textarea label="Motif" required data-autofocus error={errors.reason?.message} {...register('reason')} />
        </form>
      </Dialog>
    </>
  );
}

describe('a dialog with a required field', () => {
  it('opens without an error, even once its focused field is left empty', async () => {
    const user = userEvent.setup();
    render(<RefuseDialog />);
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    const field = screen.getByRole('textbox', { name: 'Motif' });
    expect(document.activeElement).toBe(field);
    await user.tab();
    expect(screen.queryByText('Indiquez le motif.')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the error after a submit attempt, tied to the field, and clears it once fixed', async () => {
    const user = userEvent.setup();
    render(<RefuseDialog />);
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    const field = screen.getByRole('textbox', { name: 'Motif' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe('Indiquez le motif.');
    await user.type(field, 'Illisible');
    expect(screen.queryByText('Indiquez le motif.')).toBeNull();
  });

  it('starts clean when opened again after an error', async () => {
    const user = userEvent.setup();
    render(<RefuseDialog />);
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer' }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(screen.queryByText('Indiquez le motif.')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import { NewDossierForm } from './new-dossier-form';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }) }));

describe('NewDossierForm', () => {
  it('speaks to an English applicant in English: labels, programs and its refusals', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewDossierForm />, { viewer: testViewer({ locale: 'en-CA' }), locale: 'en-CA' });
    const program = screen.getByRole('combobox', { name: 'Immigration program' });
    expect([...program.querySelectorAll('option')].map((option) => option.textContent)).toContain('Express Entry');
    await user.click(screen.getByRole('button', { name: 'Create the application' }));
    expect(await screen.findByText('Give your application a title.')).toBeTruthy();
  });

  it('keeps its French for a French applicant', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewDossierForm />);
    expect(screen.getByRole('combobox', { name: 'Programme d’immigration' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Créer le dossier' }));
    expect(await screen.findByText('Donnez un titre à votre dossier.')).toBeTruthy();
  });
});

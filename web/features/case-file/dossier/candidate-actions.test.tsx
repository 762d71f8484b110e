import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnswering } from '@/test/supabase-answering';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import { shownErrors } from '@/test/shown-errors';
import { CandidateActions } from './candidate-actions';
import type { Dossier } from './queries';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }) }));
// The checklist (public.dossier_checklist) says every required document is approved: submitting is offered.
const { supabase } = clientAnswering({
  '/rest/v1/rpc/dossier_checklist': { status: 200, body: [
    { kind: 'passport', label: 'Passeport', state: 'approved', document_id: '77777777-7777-4777-8777-000000000001', expires_on: null, validity_months: null },
  ] },
});
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase }));

const draft = {
  id: '44444444-4444-4444-8444-000000000002', title: 'Permis d’études', description: '', status: 'draft', program_type: 'study_permit',
} as unknown as Dossier;

describe('CandidateActions’ dialogs', () => {
  it('the submit dialog opens clean again after its note was refused as too long', async () => {
    const user = userEvent.setup();
    renderWithApp(<CandidateActions dossier={draft} />);
    const submit = await screen.findByRole('button', { name: 'Soumettre le dossier' });
    await vi.waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    await user.click(submit);
    const note = await screen.findByRole('textbox', { name: 'Message pour votre consultant (facultatif)' });
    await user.tab();
    expect(shownErrors()).toEqual([]);

    await user.click(note);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Soumettre' }));
    expect(await screen.findByText('2 000 caractères au maximum.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(submit);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(shownErrors()).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Message pour votre consultant (facultatif)' })).toHaveProperty('value', '');
  });

  it('the edit dialog opens without an error on its required title, and clean again after an empty one was refused', async () => {
    const user = userEvent.setup();
    renderWithApp(<CandidateActions dossier={draft} />);
    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    const title = await screen.findByRole('textbox', { name: 'Titre' });
    await user.tab();
    expect(shownErrors()).toEqual([]);

    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(shownErrors()).not.toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    expect(shownErrors()).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveProperty('value', 'Permis d’études');
  });

  it('speaks to an English applicant in English: buttons, the submit dialog and its refusal', async () => {
    const user = userEvent.setup();
    renderWithApp(<CandidateActions dossier={draft} />, { viewer: testViewer({ locale: 'en-CA' }), locale: 'en-CA' });
    const submit = await screen.findByRole('button', { name: 'Submit the application' });
    await vi.waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    expect(screen.getByRole('button', { name: 'Delete the draft' })).toBeTruthy();
    await user.click(submit);
    expect(await screen.findByRole('dialog', { name: 'Submit this application?' })).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Message for your consultant (optional)' }));
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('2,000 characters at most.')).toBeTruthy();
  });
});

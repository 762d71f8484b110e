import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clientAnswering, type Answer } from '@/test/supabase-answering';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import { LicenceNumberForm } from './licence-number-form';

const SOPHIE = '22222222-2222-4222-8222-000000000001';
const FORMAT_SENTENCE = 'Numéro de permis CICC invalide : un R suivi de six chiffres, par exemple R123456.';

// PostgREST answers a failed check constraint with 400 and Postgres's SQLSTATE 23514, naming the
// constraint in the message (PostgREST/postgrest src/PostgREST/Error.hs, pgErrorStatus); a scalar
// function's result comes back as a bare JSON value. The constraint's sentence is served by
// public.constraint_messages (supabase/migrations/…_create_identity_and_access.sql).
const answers: Record<string, Answer> = {
  '/rest/v1/profiles': { status: 200, body: [{ licence_number: null }] },
  '/rest/v1/constraint_messages': { status: 200, body: [{ message: FORMAT_SENTENCE }] },
};
const { supabase, calls } = clientAnswering(answers);
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase }));

describe('LicenceNumberForm', () => {
  it('shows the database’s refusal of a bad format under the field, then the number it saved', async () => {
    const user = userEvent.setup();
    renderWithApp(<LicenceNumberForm proId={SOPHIE} />, { viewer: testViewer({ id: SOPHIE, role: 'pro', aal: 'aal2' }) });
    expect(await screen.findByText('Aucun numéro enregistré pour l’instant.')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Numéro de permis' });

    answers['/rest/v1/rpc/set_licence_number'] = { status: 400, body: {
      code: '23514', details: null, hint: null,
      message: 'new row for relation "profiles" violates check constraint "profiles_licence_number_format"',
    } };
    await user.type(field, '12345');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le numéro' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe(FORMAT_SENTENCE);
    expect(screen.getByTestId('licence-current').textContent).toBe('Aucun numéro enregistré pour l’instant.');

    answers['/rest/v1/rpc/set_licence_number'] = { status: 200, body: 'R123456' };
    await user.clear(field);
    await user.type(field, 'r 123 456');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le numéro' }));
    await waitFor(() => expect(screen.getByTestId('licence-current').textContent).toBe('Numéro enregistré\u202f: R123456'));
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect((field as HTMLInputElement).value).toBe('R123456');
    expect(calls.filter((call) => call === 'POST /rest/v1/rpc/set_licence_number')).toHaveLength(2);
  });
});

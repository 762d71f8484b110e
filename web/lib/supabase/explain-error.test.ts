import { describe, expect, it, vi } from 'vitest';
import type { AppSupabaseClient } from './browser';
import { constraintName, explainError } from './explain-error';

function fakeClient(sentences: Record<string, string>) {
  const lookups: string[] = [];
  const client = {
    from: vi.fn(() => ({
      select: () => ({
        eq: (_column: string, name: string) => ({
          maybeSingle: async () => {
            lookups.push(name);
            return { data: sentences[name] ? { message: sentences[name] } : null, error: null };
          },
        }),
      }),
    })),
  };
  return { client: client as unknown as AppSupabaseClient, lookups };
}

const checkViolation = (name: string) => ({ code: '23514', message: `new row for relation "dossiers" violates check constraint "${name}"` });

describe('explainError', () => {
  it('shows the sentence of the constraint a 23xxx error names, read once per language', async () => {
    const { client, lookups } = fakeClient({ dossiers_title_length: 'Le titre du dossier doit compter de 1 à 150 caractères.' });
    expect(await explainError(client, checkViolation('dossiers_title_length'), 'fr')).toBe('Le titre du dossier doit compter de 1 à 150 caractères.');
    expect(await explainError(client, checkViolation('dossiers_title_length'), 'fr')).toBe('Le titre du dossier doit compter de 1 à 150 caractères.');
    expect(lookups).toEqual(['dossiers_title_length']);
    // After a switch of language the database may answer in the other one: read again.
    await explainError(client, checkViolation('dossiers_title_length'), 'en');
    expect(lookups).toEqual(['dossiers_title_length', 'dossiers_title_length']);
  });

  it('falls back to the generic sentence, in the reader’s language, for a constraint without one', async () => {
    const { client } = fakeClient({});
    expect(await explainError(client, checkViolation('unnamed_thing'), 'fr')).toBe('Certaines valeurs ne respectent pas les règles. Vérifiez le formulaire.');
    expect(await explainError(client, checkViolation('unnamed_thing'), 'en')).toBe('Some values do not follow the rules. Check the form.');
  });

  it('shows our functions’ own sentences as the database raised them: the write limit, workflow refusals', async () => {
    const { client, lookups } = fakeClient({});
    expect(await explainError(client, { code: 'PT429', message: 'Trop de requêtes : patientez une seconde avant de recommencer.' }, 'fr'))
      .toBe('Trop de requêtes : patientez une seconde avant de recommencer.');
    expect(await explainError(client, { code: '55000', message: 'This application is closed: it no longer takes documents.' }, 'en'))
      .toBe('This application is closed: it no longer takes documents.');
    expect(lookups).toEqual([]);
  });

  it('never shows Postgres’ English: ours instead, in the reader’s language', async () => {
    expect(await explainError(null, { code: 'XX000', message: 'internal error' }, 'fr')).toBe('Une erreur est survenue. Réessayez dans un instant.');
    expect(await explainError(null, new Error('boom'), 'fr')).toBe('Une erreur est survenue. Réessayez dans un instant.');
    expect(await explainError(null, { code: 'XX000', message: 'internal error' }, 'en')).toBe('Something went wrong. Try again in a moment.');
    expect(await explainError(null, new TypeError('Failed to fetch'), 'en')).toBe('Could not reach the service. Check your connection and try again.');
  });

  it('finds the constraint in unique, foreign-key and check messages', () => {
    expect(constraintName({ code: '23505', message: 'duplicate key value violates unique constraint "documents_storage_path_idx"' })).toBe('documents_storage_path_idx');
    expect(constraintName({ code: '23503', message: 'insert or update on table "messages" violates foreign key constraint "messages_attachment_same_dossier"' })).toBe('messages_attachment_same_dossier');
    expect(constraintName({ code: '42501', message: 'violates constraint "x"' })).toBeNull();
  });
});

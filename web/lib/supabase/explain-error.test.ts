import { describe, expect, it, vi } from 'vitest';
import type { AppSupabaseClient } from './browser';
import { constraintName, explainError, UserFacingError } from './explain-error';

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
  it('shows the French sentence of the constraint a 23xxx error names, read once', async () => {
    const { client, lookups } = fakeClient({ dossiers_title_length: 'Le titre du dossier doit compter de 1 à 150 caractères.' });
    expect(await explainError(client, checkViolation('dossiers_title_length'))).toBe('Le titre du dossier doit compter de 1 à 150 caractères.');
    expect(await explainError(client, checkViolation('dossiers_title_length'))).toBe('Le titre du dossier doit compter de 1 à 150 caractères.');
    expect(lookups).toEqual(['dossiers_title_length']);
  });

  it('falls back to the generic sentence for a constraint without one', async () => {
    const { client } = fakeClient({});
    expect(await explainError(client, checkViolation('unnamed_thing'))).toBe('Certaines valeurs ne respectent pas les règles. Vérifiez le formulaire.');
  });

  it('shows our functions’ own French sentences: the write limit, workflow refusals', async () => {
    const { client, lookups } = fakeClient({});
    expect(await explainError(client, { code: 'PT429', message: 'Trop de requêtes : patientez une seconde avant de recommencer.' }))
      .toBe('Trop de requêtes : patientez une seconde avant de recommencer.');
    expect(await explainError(client, { code: '55000', message: 'Ce dossier est clos : il ne reçoit plus de documents.' }))
      .toBe('Ce dossier est clos : il ne reçoit plus de documents.');
    expect(await explainError(client, new UserFacingError('Seul un brouillon peut être supprimé.'))).toBe('Seul un brouillon peut être supprimé.');
    expect(lookups).toEqual([]);
  });

  it('never shows Postgres’ English', async () => {
    expect(await explainError(null, { code: 'XX000', message: 'internal error' })).toBe('Une erreur est survenue. Réessayez dans un instant.');
    expect(await explainError(null, new Error('boom'))).toBe('Une erreur est survenue. Réessayez dans un instant.');
  });

  it('finds the constraint in unique, foreign-key and check messages', () => {
    expect(constraintName({ code: '23505', message: 'duplicate key value violates unique constraint "documents_storage_path_idx"' })).toBe('documents_storage_path_idx');
    expect(constraintName({ code: '23503', message: 'insert or update on table "messages" violates foreign key constraint "messages_attachment_same_dossier"' })).toBe('messages_attachment_same_dossier');
    expect(constraintName({ code: '42501', message: 'violates constraint "x"' })).toBeNull();
  });
});

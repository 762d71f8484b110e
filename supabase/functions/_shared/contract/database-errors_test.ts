import assert from 'node:assert/strict';
import { sentenceForDatabaseError, sentences } from './database-errors.ts';

Deno.test('our SQL’s French sentences are shown as raised', () => {
  for (
    const [code, message] of [
      ['42501', 'Réservé aux administrateurs (compte actif, double authentification).'],
      ['P0002', 'Dossier introuvable.'],
      ['PT429', 'Trop de requêtes : patientez une seconde avant de recommencer.'],
      ['55000', 'Ce dossier est clos : il ne reçoit plus de documents.'],
      ['22001', 'La note dépasse 2000 caractères.'],
      ['22023', 'Fichier trop volumineux : 50 Mo au maximum.'],
    ]
  ) {
    assert.equal(sentenceForDatabaseError(code, message), message);
  }
});

Deno.test('Postgres’s own English messages get a French sentence for their SQLSTATE', () => {
  const cases: [string, string, string][] = [
    ['42501', 'new row violates row-level security policy for table "posts"', sentences.forbidden],
    ['42501', 'permission denied for table profiles', sentences.forbidden],
    ['P0002', 'query returned no rows', sentences.generic],
    ['22001', 'value too long for type character varying(20)', sentences.invalidValue],
    ['23505', 'duplicate key value violates unique constraint "x"', sentences.duplicate],
    ['23514', 'new row violates check constraint "bio_length"', sentences.invalidValues],
    ['22P02', 'invalid input syntax for type uuid: "x"', sentences.invalidValue],
    ['57014', 'canceling statement due to statement timeout', sentences.timeout],
    ['53300', 'sorry, too many clients already', sentences.unavailable],
    ['42883', 'function public.secret_thing() does not exist', sentences.generic],
    ['P0001', 'anything raised without a SQLSTATE', sentences.generic],
  ];
  for (const [code, message, expected] of cases) assert.equal(sentenceForDatabaseError(code, message), expected, code);
});

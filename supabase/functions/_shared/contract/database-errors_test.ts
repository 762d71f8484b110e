import assert from 'node:assert/strict';
import { sentenceForDatabaseError, sentences } from './database-errors.ts';

Deno.test('our SQL’s sentences are shown as raised, whatever the reader’s language', () => {
  for (
    const [code, message] of [
      ['42501', 'Réservé aux administrateurs (compte actif, double authentification).'],
      ['P0002', 'Dossier introuvable.'],
      ['PT429', 'Trop de requêtes : patientez une seconde avant de recommencer.'],
      ['55000', 'Ce dossier est clos : il ne reçoit plus de documents.'],
      ['22001', 'La note dépasse 2 000 caractères.'],
      ['22023', 'Fichier trop volumineux : 50 Mo au maximum.'],
    ]
  ) {
    assert.equal(sentenceForDatabaseError(code, message, 'fr'), message);
    assert.equal(sentenceForDatabaseError(code, message, 'en'), message);
  }
  // The database raises the member's language itself.
  assert.equal(sentenceForDatabaseError('55000', 'This application is closed: it no longer takes documents.', 'en'),
    'This application is closed: it no longer takes documents.');
});

Deno.test('Postgres’s own English messages get our sentence for their SQLSTATE, in the reader’s language', () => {
  const cases: [string, string, { fr: string; en: string }][] = [
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
  for (const [code, message, expected] of cases) {
    assert.equal(sentenceForDatabaseError(code, message, 'fr'), expected.fr, code);
    assert.equal(sentenceForDatabaseError(code, message, 'en'), expected.en, code);
  }
  assert.equal(sentenceForDatabaseError('23505', 'duplicate key value', 'en'), 'This already exists.');
});

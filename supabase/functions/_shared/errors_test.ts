import assert from 'node:assert/strict';
import { errorBody, errors, HttpError, toHttpError } from './errors.ts';

const pgError = (code: string, message = 'message', extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, severity: 'ERROR', ...extra });

Deno.test('SQLSTATEs raised by our SQL keep their message, in either language, with a stable code', () => {
  const cases: [string, number, string][] = [
    ['42501', 403, 'forbidden'],
    ['P0002', 404, 'not_found'],
    ['PT429', 429, 'rate_limited'],
    ['22023', 400, 'invalid_request'],
    ['55000', 409, 'conflict'],
  ];
  for (const [sqlState, status, code] of cases) {
    const error = toHttpError(pgError(sqlState, 'Réservé aux administrateurs.'));
    assert.deepEqual([error.status, error.code, error.message], [status, code, 'Réservé aux administrateurs.']);
    // Our SQL raises in the member's language: an English sentence is shown as raised to either reader.
    const english = toHttpError(pgError(sqlState, 'For administrators only.'));
    assert.deepEqual([errorBody(english, 'en').error.message, errorBody(english, 'fr').error.message], [
      'For administrators only.',
      'For administrators only.',
    ]);
  }
});

Deno.test('Postgres’s own messages are replaced by ours, in the reader’s language, and internals are not leaked', () => {
  const unique = toHttpError(pgError('23505', 'duplicate key value violates unique constraint "x"'));
  assert.deepEqual([unique.status, unique.code, unique.message], [409, 'conflict', 'Cette ressource existe déjà.']);
  assert.equal(errorBody(unique, 'en').error.message, 'This already exists.');
  const denied = toHttpError(pgError('42501', 'permission denied for table profiles'));
  assert.equal(errorBody(denied, 'en').error.message, 'Your account is not allowed to do this.');
  const check = toHttpError(pgError('23514', 'new row violates check constraint', { constraint_name: 'bio_length' }));
  assert.deepEqual([check.status, check.details], [400, { constraint: 'bio_length' }]);
  const unknown = toHttpError(pgError('42883', 'function public.secret_thing() does not exist'));
  assert.deepEqual([unknown.status, unknown.code], [500, 'internal_error']);
  assert.doesNotMatch(JSON.stringify([unknown.sentence, errorBody(unknown, 'en')]), /secret_thing/);
});

Deno.test('an unreachable database is a 503, any other failure a 500', () => {
  assert.equal(toHttpError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).status, 503);
  assert.equal(toHttpError(pgError('57P01')).code, 'database_unavailable');
  assert.equal(toHttpError(new TypeError('boom')).code, 'internal_error');
  assert.equal(toHttpError('a string').status, 500);
});

Deno.test('the JSON body carries code, message in the reader’s language, and details only when there are details', () => {
  assert.deepEqual(errorBody(errors.invalidJson(), 'fr'), {
    error: { code: 'invalid_json', message: 'Le corps de la requête n’est pas un JSON valide.' },
  });
  assert.deepEqual(errorBody(errors.invalidJson(), 'en'), {
    error: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  });
  assert.deepEqual(errorBody(new HttpError(400, 'x', { fr: 'y', en: 'z' }, [1]), 'en'), {
    error: { code: 'x', message: 'z', details: [1] },
  });
});

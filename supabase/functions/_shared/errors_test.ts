import assert from 'node:assert/strict';
import { errorBody, errors, HttpError, toHttpError } from './errors.ts';

const pgError = (code: string, message = 'message', extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, severity: 'ERROR', ...extra });

Deno.test('SQLSTATEs raised by our SQL keep their French message with a stable code', () => {
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
  }
});

Deno.test('Postgres’s own messages are replaced by French ones and internals are not leaked', () => {
  const unique = toHttpError(pgError('23505', 'duplicate key value violates unique constraint "x"'));
  assert.deepEqual([unique.status, unique.code, unique.message], [409, 'conflict', 'Cette ressource existe déjà.']);
  const check = toHttpError(pgError('23514', 'new row violates check constraint', { constraint_name: 'bio_length' }));
  assert.deepEqual([check.status, check.details], [400, { constraint: 'bio_length' }]);
  const unknown = toHttpError(pgError('42883', 'function public.secret_thing() does not exist'));
  assert.deepEqual([unknown.status, unknown.code], [500, 'internal_error']);
  assert.doesNotMatch(unknown.message, /secret_thing/);
});

Deno.test('an unreachable database is a 503, any other failure a 500', () => {
  assert.equal(toHttpError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })).status, 503);
  assert.equal(toHttpError(pgError('57P01')).code, 'database_unavailable');
  assert.equal(toHttpError(new TypeError('boom')).code, 'internal_error');
  assert.equal(toHttpError('a string').status, 500);
});

Deno.test('the JSON body carries code, message and details only when there are details', () => {
  assert.deepEqual(errorBody(errors.invalidJson()), {
    error: { code: 'invalid_json', message: 'Le corps de la requête n’est pas un JSON valide.' },
  });
  assert.deepEqual(errorBody(new HttpError(400, 'x', 'y', [1])), { error: { code: 'x', message: 'y', details: [1] } });
});

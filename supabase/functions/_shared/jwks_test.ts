import assert from 'node:assert/strict';
import { parseJwks, verificationKeys } from './jwks.ts';

const ec = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'k1', alg: 'ES256', use: 'sig', key_ops: ['verify'] };
const oct = { kty: 'oct', k: 'c2VjcmV0' };

Deno.test('SUPABASE_JWKS reads as {"keys":[...]} or a bare array; anything else is an empty set', () => {
  assert.deepEqual(parseJwks(JSON.stringify({ keys: [ec, oct] })), { keys: [ec, oct] });
  assert.deepEqual(parseJwks(JSON.stringify([oct])), { keys: [oct] });
  const originalError = console.error;
  console.error = () => {};
  try {
    for (const value of [undefined, '', 'not json', '{"keys":"x"}', 'null']) {
      assert.deepEqual(parseJwks(value), { keys: [] }, String(value));
    }
  } finally {
    console.error = originalError;
  }
});

Deno.test('an ES256 token is checked by the EC key of its kid, never by the oct secret', () => {
  const set = { keys: [ec, oct] };
  assert.deepEqual(verificationKeys(set, 'ES256', 'k1'), [ec]);
  assert.deepEqual(verificationKeys(set, 'ES256', 'other'), []);
  assert.deepEqual(verificationKeys(set, 'RS256', 'k1'), []);
});

Deno.test('an HS256 token is checked by an oct key only when the set carries its secret', () => {
  assert.deepEqual(verificationKeys({ keys: [ec, oct] }, 'HS256'), [oct]);
  // Auth's published JWKS keeps a symmetric key's id but never its secret.
  assert.deepEqual(verificationKeys({ keys: [{ kty: 'oct', kid: 'h1', alg: 'HS256' }] }, 'HS256', 'h1'), []);
  assert.deepEqual(verificationKeys({ keys: [ec] }, 'HS256'), []);
});

Deno.test('keys meant for something else are left out', () => {
  const unusable = [
    { ...ec, alg: 'ES384' },
    { ...ec, crv: 'P-384' },
    { ...ec, use: 'enc' },
    { ...ec, key_ops: ['sign'] },
    { ...ec, d: 'private' },
    { ...oct, kid: 'h1' }, // the token names another kid
  ];
  for (const key of unusable) {
    const alg = key.kty === 'oct' ? 'HS256' : 'ES256';
    assert.deepEqual(verificationKeys({ keys: [key] }, alg, key.kty === 'oct' ? 'h2' : 'k1'), [], JSON.stringify(key));
  }
});

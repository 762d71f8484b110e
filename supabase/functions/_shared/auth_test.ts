import assert from 'node:assert/strict';
import * as jose from 'npm:jose@6.2.18';
import { requireServiceRole, requireUser, type TokenCheck, verifyToken } from './auth.ts';
import type { BaseEnv } from './env.ts';
import { HttpError } from './errors.ts';

const secret = 'test-secret-with-at-least-32-characters!!';
const userId = '6f1c1a52-3c55-4e3f-9d7e-0b0f3c1d2e4f';
const signing = await jose.generateKeyPair('ES256', { extractable: true });
const ecKey = {
  ...(await jose.exportJWK(signing.publicKey)),
  kid: 'k1',
  alg: 'ES256',
  use: 'sig',
  key_ops: ['verify'],
};
const octKey = { kty: 'oct', k: jose.base64url.encode(secret) };
/** What `functions serve` gives (signing key + legacy secret), and what a hosted project publishes. */
const serveJwks = { keys: [ecKey, octKey] };
const hostedJwks = { keys: [ecKey] };

type Signed = { alg?: 'HS256' | 'ES256'; kid?: string; key?: jose.CryptoKey | Uint8Array; exp?: number | string };
function sign(claims: jose.JWTPayload, { alg = 'ES256', kid = 'k1', key, exp = '1h' }: Signed = {}) {
  const header = alg === 'ES256' ? { alg, kid, typ: 'JWT' } : { alg, typ: 'JWT' };
  return new jose.SignJWT(claims).setProtectedHeader(header).setIssuedAt().setExpirationTime(exp)
    .sign(key ?? (alg === 'ES256' ? signing.privateKey : new TextEncoder().encode(secret)));
}
const user = { sub: userId, role: 'authenticated', aal: 'aal1' };
const withBearer = (token: string, headers: Record<string, string> = {}) =>
  new Request('http://fn.test/', { headers: { Authorization: `Bearer ${token}`, ...headers } });

/** A stand-in for Auth's GET /auth/v1/user that records each call and answers `status`. */
function authServer(status = 200, body: unknown = { id: userId }) {
  const calls: Request[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    calls.push(new Request(input, init));
    return Promise.resolve(Response.json(body, { status }));
  };
  return {
    calls,
    auth: { url: 'http://auth.test', apikey: 'sb_publishable_test', fetch: fetch as typeof globalThis.fetch },
  };
}
const check = (jwks: TokenCheck['jwks'], auth = authServer()) => ({ jwks, auth: auth.auth });

async function rejectsWith(promise: Promise<unknown>, status: number, code: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof HttpError, String(error));
    assert.deepEqual([error.status, error.code], [status, code]);
    return true;
  });
}

Deno.test('an ES256 user token is verified with its key from SUPABASE_JWKS, without asking Auth', async () => {
  for (const jwks of [serveJwks, hostedJwks]) {
    const auth = authServer();
    const claims = await requireUser(withBearer(await sign(user)), check(jwks, auth));
    assert.deepEqual([claims.sub, claims.aal], [userId, 'aal1']);
    assert.equal(auth.calls.length, 0);
  }
});

Deno.test('an HS256 token is verified with the legacy secret that `functions serve` puts in the set', async () => {
  const auth = authServer();
  const claims = await requireUser(withBearer(await sign(user, { alg: 'HS256' })), check(serveJwks, auth));
  assert.equal(claims.sub, userId);
  assert.equal(auth.calls.length, 0);
});

Deno.test('a token no key of the set can check is taken to Auth, as getClaims() does', async () => {
  for (const token of [await sign(user, { alg: 'HS256' }), await sign(user, { kid: 'rotated-away' })]) {
    const auth = authServer();
    assert.equal((await requireUser(withBearer(token), check(hostedJwks, auth))).sub, userId);
    const [call] = auth.calls;
    assert.equal(call.url, 'http://auth.test/auth/v1/user');
    assert.equal(call.headers.get('authorization'), `Bearer ${token}`);
    assert.equal(call.headers.get('apikey'), 'sb_publishable_test');
  }
});

Deno.test('Auth’s refusal is a 401, its failure a 502, and it must vouch for the token’s own user', async () => {
  const token = await sign(user, { alg: 'HS256' });
  await rejectsWith(
    verifyToken(token, check(hostedJwks, authServer(403, { error_code: 'bad_jwt' }))),
    401,
    'invalid_token',
  );
  await rejectsWith(verifyToken(token, check(hostedJwks, authServer(500))), 502, 'upstream_failed');
  await rejectsWith(
    verifyToken(token, check(hostedJwks, authServer(200, { id: crypto.randomUUID() }))),
    401,
    'invalid_token',
  );
  const unreachable = { url: 'http://auth.test', fetch: () => Promise.reject(new TypeError('refused')) };
  const originalError = console.error;
  console.error = () => {};
  try {
    await rejectsWith(verifyToken(token, { jwks: hostedJwks, auth: unreachable }), 502, 'upstream_failed');
  } finally {
    console.error = originalError;
  }
});

Deno.test('forged tokens are refused without asking Auth when the set has their key', async () => {
  const other = await jose.generateKeyPair('ES256');
  const forgedEs = await sign(user, { key: other.privateKey });
  const forgedHs = await sign(user, {
    alg: 'HS256',
    key: new TextEncoder().encode('another-secret-of-at-least-32-characters'),
  });
  for (const token of [forgedEs, forgedHs]) {
    const auth = authServer();
    await rejectsWith(verifyToken(token, check(serveJwks, auth)), 401, 'invalid_token');
    assert.equal(auth.calls.length, 0);
  }
});

Deno.test('missing, malformed, unsigned, foreign-algorithm and expired tokens are 401', async () => {
  const auth = authServer();
  await rejectsWith(requireUser(new Request('http://fn.test/'), check(serveJwks, auth)), 401, 'missing_token');
  await rejectsWith(verifyToken('not-a-jwt', check(serveJwks, auth)), 401, 'invalid_token');
  await rejectsWith(verifyToken('sb_publishable_test', check(serveJwks, auth)), 401, 'invalid_token');
  const unsigned = new jose.UnsecuredJWT(user).setExpirationTime('1h').encode();
  await rejectsWith(verifyToken(unsigned, check(serveJwks, auth)), 401, 'invalid_token');
  const hs512 = await new jose.SignJWT(user).setProtectedHeader({ alg: 'HS512' }).setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
  await rejectsWith(verifyToken(hs512, check(hostedJwks, auth)), 401, 'invalid_token');
  const past = Math.floor(Date.now() / 1000) - 60;
  await rejectsWith(verifyToken(await sign(user, { exp: past }), check(serveJwks, auth)), 401, 'token_expired');
  await rejectsWith(
    verifyToken(await sign(user, { alg: 'HS256', exp: past }), check(hostedJwks, auth)),
    401,
    'token_expired',
  );
  assert.equal(auth.calls.length, 0);
});

Deno.test('API keys are nobody’s session: 403', async () => {
  for (const role of ['anon', 'service_role']) {
    const key = await sign({ iss: 'supabase-demo', role }, { alg: 'HS256' });
    await rejectsWith(requireUser(withBearer(key), check(serveJwks)), 403, 'forbidden');
  }
});

const legacyServiceKey = await sign({ iss: 'supabase-demo', role: 'service_role' }, { alg: 'HS256' });
const legacyAnonKey = await sign({ iss: 'supabase-demo', role: 'anon' }, { alg: 'HS256' });
const env = {
  SUPABASE_DB_URL: 'x',
  SITE_URL: 'http://x',
  SUPABASE_URL: 'http://auth.test',
  SUPABASE_JWKS: JSON.stringify(serveJwks),
  SUPABASE_SERVICE_ROLE_KEY: legacyServiceKey,
  SUPABASE_ANON_KEY: legacyAnonKey,
  SUPABASE_SECRET_KEYS: '{"default":"sb_secret_abc","automations":"sb_secret_def"}',
  SUPABASE_PUBLISHABLE_KEYS: '{"default":"sb_publishable_abc"}',
} as BaseEnv;

Deno.test('service calls: every secret key and the legacy service_role key, on apikey or as bearer', async () => {
  const accepted = [
    withBearer(legacyServiceKey),
    new Request('http://fn.test/', { headers: { apikey: legacyServiceKey } }),
    new Request('http://fn.test/', { headers: { apikey: 'sb_secret_abc' } }),
    withBearer('sb_secret_def'),
    // what pg_cron's private.invoke_edge_function sends
    withBearer('sb_secret_abc', { apikey: 'sb_secret_abc' }),
    // a browser-style call made with the secret key: publishable key elsewhere does not matter
    withBearer(legacyServiceKey, { apikey: 'sb_publishable_abc' }),
  ];
  for (const req of accepted) await requireServiceRole(req, env);
});

Deno.test('service calls: publishable and anon keys, users and other service JWTs are refused', async () => {
  const forbidden = [
    new Request('http://fn.test/', { headers: { apikey: 'sb_publishable_abc' } }),
    withBearer('sb_publishable_abc'),
    withBearer(legacyAnonKey),
    withBearer(await sign(user)),
    // a service_role JWT is not a key: only the runtime's own key string counts
    withBearer(await sign({ iss: 'supabase-demo', role: 'service_role', ref: 'minted' }, { alg: 'HS256' })),
  ];
  for (const req of forbidden) await rejectsWith(requireServiceRole(req, env), 403, 'forbidden');
  await rejectsWith(requireServiceRole(new Request('http://fn.test/'), env), 401, 'missing_token');
  await rejectsWith(requireServiceRole(withBearer('sb_secret_wrong'), env), 401, 'invalid_token');
  await rejectsWith(
    requireServiceRole(new Request('http://fn.test/', { headers: { apikey: 'sb_secret_wrong' } }), env),
    401,
    'invalid_token',
  );
});

import assert from 'node:assert/strict';
import * as jose from 'npm:jose@6.2.18';
import { requireServiceRole, requireUser, verifyToken } from './auth.ts';
import type { BaseEnv } from './env.ts';
import { HttpError } from './errors.ts';

const secret = 'test-secret-with-at-least-32-characters!!';
const keys = { secret };
const userId = '6f1c1a52-3c55-4e3f-9d7e-0b0f3c1d2e4f';

function sign(claims: jose.JWTPayload, options: { key?: string; expiresIn?: string | number } = {}) {
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h').sign(new TextEncoder().encode(options.key ?? secret));
}
const withBearer = (token: string) => new Request('http://fn.test/', { headers: { Authorization: `Bearer ${token}` } });
const env = (extra: Partial<BaseEnv> = {}) =>
  ({ SUPABASE_DB_URL: 'x', SITE_URL: 'http://x', SUPABASE_JWT_SECRET: secret, ...extra }) as BaseEnv;

async function rejectsWith(promise: Promise<unknown>, status: number, code: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof HttpError);
    assert.deepEqual([error.status, error.code], [status, code]);
    return true;
  });
}

Deno.test('a user token signed with the project secret gives its claims', async () => {
  const token = await sign({ sub: userId, role: 'authenticated', aal: 'aal1' });
  const claims = await requireUser(withBearer(token), keys);
  assert.equal(claims.sub, userId);
  assert.equal(claims.aal, 'aal1');
});

Deno.test('missing, malformed, forged and expired tokens are 401', async () => {
  await rejectsWith(requireUser(new Request('http://fn.test/'), keys), 401, 'missing_token');
  await rejectsWith(requireUser(withBearer('not-a-jwt'), keys), 401, 'invalid_token');
  const forged = await sign({ sub: userId, role: 'authenticated' }, {
    key: 'another-secret-of-at-least-32-characters',
  });
  await rejectsWith(requireUser(withBearer(forged), keys), 401, 'invalid_token');
  const expired = await sign({ sub: userId, role: 'authenticated' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
  await rejectsWith(requireUser(withBearer(expired), keys), 401, 'token_expired');
});

Deno.test('an unsigned (alg none) token is refused', async () => {
  const unsigned = new jose.UnsecuredJWT({ sub: userId, role: 'authenticated' }).setExpirationTime('1h').encode();
  await rejectsWith(verifyToken(unsigned, keys), 401, 'invalid_token');
});

Deno.test('asymmetric tokens are checked against SUPABASE_JWKS', async () => {
  const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
  const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const token = await new jose.SignJWT({ sub: userId, role: 'authenticated' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setExpirationTime('1h').sign(privateKey);
  assert.equal((await verifyToken(token, { jwks: { keys: [jwk] } })).sub, userId);
  await rejectsWith(verifyToken(token, { secret }), 401, 'invalid_token');
});

Deno.test('service and anon keys are not users: 403', async () => {
  const service = await sign({ iss: 'supabase', role: 'service_role' });
  await rejectsWith(requireUser(withBearer(service), keys), 403, 'forbidden');
  const anon = await sign({ iss: 'supabase', role: 'anon' });
  await rejectsWith(requireUser(withBearer(anon), keys), 403, 'forbidden');
});

Deno.test('service role: a service_role JWT or a configured secret key passes, nothing else', async () => {
  await requireServiceRole(withBearer(await sign({ iss: 'supabase', role: 'service_role' })), env());
  await requireServiceRole(withBearer('sb_secret_abc'), env({ SUPABASE_SECRET_KEYS: '{"default":"sb_secret_abc"}' }));
  const user = await sign({ sub: userId, role: 'authenticated' });
  await rejectsWith(requireServiceRole(withBearer(user), env()), 403, 'forbidden');
  await rejectsWith(requireServiceRole(withBearer('sb_secret_wrong'), env()), 401, 'invalid_token');
});

// The test project's keys, made as Supabase makes a project's keys, and access tokens signed as its
// Auth signs them. Facts from the CLI pinned in package.json (supabase 2.117.0) and its Go source
// (supabase/cli apps/cli-go/pkg/config/apikeys.go, config.go ResolveJWKS):
// - a legacy HS256 JWT secret; the anon and service_role API keys are JWTs it signs,
//   {iss:"supabase-demo", role, exp} (the CLI's exp is fixed in 2032; here it follows the clock);
// - an ES256 signing key, which local Auth signs user tokens with (the CLI's default since v2.71.2);
// - new API keys sb_publishable_… and sb_secret_…, which are not JWTs.
import { createHmac, generateKeyPairSync, randomBytes, randomUUID, sign, verify } from 'node:crypto';
import { type Actor, claimsFor } from './db.ts';
import type { Answer, RecordedRequest } from './http-stand-in.ts';

const jwtSecret = 'capitune-test-jwt-secret-with-at-least-32-characters';
const signing = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signingKid = randomUUID();

/** The signing key's public JWK with the members the CLI keeps (ToPublicJWK). */
export const signingJwk = {
  ...signing.publicKey.export({ format: 'jwk' }),
  kid: signingKid,
  use: 'sig',
  key_ops: ['verify'],
  alg: 'ES256',
  ext: true,
};

/** The legacy secret as the CLI adds it to SUPABASE_JWKS: `oct`, base64url, no kid, no alg. */
export const legacySecretJwk = { kty: 'oct', k: Buffer.from(jwtSecret).toString('base64url') };

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function signJwt(claims: Record<string, unknown>, secret = jwtSecret): string {
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function signEs256(claims: Record<string, unknown>, privateKey = signing.privateKey, kid = signingKid): string {
  const unsigned = `${encode({ alg: 'ES256', kid, typ: 'JWT' })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(unsigned), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${unsigned}.${signature.toString('base64url')}`;
}

function apiKeyJwt(role: 'anon' | 'service_role'): string {
  return signJwt({ iss: 'supabase-demo', role, exp: Math.floor(Date.now() / 1000) + 10 * 365 * 86_400 });
}

const newKey = (prefix: string) => `${prefix}${randomBytes(16).toString('base64url')}`;

export const testProject = {
  jwtSecret,
  anonKey: apiKeyJwt('anon'),
  serviceRoleKey: apiKeyJwt('service_role'),
  publishableKey: newKey('sb_publishable_'),
  secretKey: newKey('sb_secret_'),
};

/** How the token is signed: as Auth signs (its signing key, ES256, or the legacy secret, HS256), or forged. */
export type Signature = 'ES256' | 'HS256' | 'ES256 of another key' | 'HS256 of another secret';

/** The bearer token `actor` would hold; `claims` overrides some (e.g. an `exp` in the past). */
export async function tokenFor(actor: Actor, signature: Signature = 'ES256', claims: Record<string, unknown> = {}) {
  const payload = { ...(await claimsFor(actor)), ...claims };
  switch (signature) {
    case 'ES256':
      return signEs256(payload);
    case 'HS256':
      return signJwt(payload);
    case 'ES256 of another key':
      return signEs256(payload, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
    case 'HS256 of another secret':
      return signJwt(payload, 'not-the-project-secret-but-32-chars-long');
  }
}

/**
 * What Auth answers to GET /auth/v1/user: the user when it can verify the bearer token (the legacy
 * secret for HS256 without kid, the signing key by kid), else 403 bad_jwt, or 401 without a bearer
 * token (supabase/auth internal/api/auth.go, requireAuthentication).
 */
export function answerAsAuthUser(request: RecordedRequest): Answer {
  const token = /^Bearer (\S+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
  if (!token) {
    return { status: 401, body: { code: 401, error_code: 'no_authorization', msg: 'This endpoint requires a Bearer token' } };
  }
  const claims = verifiedByAuth(token);
  if (!claims || !(Number(claims.exp) > Date.now() / 1000)) {
    return { status: 403, body: { code: 403, error_code: 'bad_jwt', msg: 'invalid JWT: unable to parse or verify signature' } };
  }
  return { status: 200, body: { id: claims.sub, aud: claims.aud, role: claims.role, email: claims.email } };
}

function verifiedByAuth(token: string): Record<string, unknown> | undefined {
  const [header, payload, signature = ''] = token.split('.');
  try {
    const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    const unsigned = Buffer.from(`${header}.${payload}`);
    const genuine = alg === 'HS256' && kid === undefined
      ? createHmac('sha256', jwtSecret).update(unsigned).digest('base64url') === signature
      : alg === 'ES256' && kid === signingKid &&
        verify('sha256', unsigned, { key: signing.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
    return genuine ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

// Realistic Auth payloads: users and sessions shaped as Supabase Auth returns them, with the
// access token a real JWT carrying Supabase's claims. HS256 (the default, a legacy shared secret):
// getClaims() on the Next.js server cannot verify it locally and asks GET /auth/v1/user, which tests
// answer (and see). ES256 (asymmetric signing keys): getClaims() verifies it with the key served by
// `auth.jwks()` at /auth/v1/.well-known/jwks.json, fetched once and cached by the server.
import { createHmac, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import type { Session, User } from '@supabase/supabase-js';

/** Signing secret of the stand-in's tokens; nothing verifies it, but the JWTs are well-formed. */
export const STAND_IN_JWT_SECRET = 'stand-in-jwt-secret-for-browser-tests-only-32+';

export type TestUserInput = {
  id?: string;
  email?: string;
  fullName?: string;
  userMetadata?: Record<string, unknown>;
  appMetadata?: Record<string, unknown>;
  emailConfirmed?: boolean;
};

const FIXED_TIME = '2026-01-15T10:00:00.000Z';

/** A confirmed email/password user as GET /auth/v1/user returns it. */
export function makeUser(input: TestUserInput = {}): User {
  const id = input.id ?? randomUUID();
  const email = (input.email ?? `user-${id.slice(0, 8)}@example.test`).toLowerCase();
  const confirmed = input.emailConfirmed ?? true;
  const userMetadata = {
    email,
    email_verified: confirmed,
    phone_verified: false,
    sub: id,
    ...(input.fullName === undefined ? {} : { full_name: input.fullName }),
    ...input.userMetadata,
  };
  return {
    id,
    aud: 'authenticated',
    role: 'authenticated',
    email,
    phone: '',
    ...(confirmed ? { email_confirmed_at: FIXED_TIME, confirmed_at: FIXED_TIME, last_sign_in_at: FIXED_TIME } : { confirmation_sent_at: FIXED_TIME }),
    app_metadata: { provider: 'email', providers: ['email'], ...input.appMetadata },
    user_metadata: userMetadata,
    identities: [
      {
        identity_id: randomUUID(),
        id,
        user_id: id,
        identity_data: userMetadata,
        provider: 'email',
        last_sign_in_at: FIXED_TIME,
        created_at: FIXED_TIME,
        updated_at: FIXED_TIME,
        email,
      } as NonNullable<User['identities']>[number],
    ],
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    is_anonymous: false,
  };
}

export type SessionOptions = {
  /** HS256 (default): the server checks the token with GET /auth/v1/user. ES256: with the JWKS. */
  alg?: 'HS256' | 'ES256';
  /** Authenticator assurance level claimed by the token (aal2 after a TOTP challenge). */
  aal?: 'aal1' | 'aal2';
  expiresIn?: number;
  /** Issuer base: the stand-in's URL (claims `iss` = `<url>/auth/v1`). */
  supabaseUrl?: string;
  /** When the token is issued, in ms since the epoch (default: this process's clock). */
  issuedAt?: number;
};

/** A session as POST /auth/v1/token returns it (password, refresh_token or pkce grants). */
export function makeSession(user: User, options: SessionOptions = {}): Session {
  const expiresIn = options.expiresIn ?? 3600;
  const now = Math.floor((options.issuedAt ?? Date.now()) / 1000);
  const aal = options.aal ?? 'aal1';
  const claims = {
    iss: `${options.supabaseUrl ?? 'http://127.0.0.1'}/auth/v1`,
    sub: user.id,
    aud: 'authenticated',
    exp: now + expiresIn,
    iat: now,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.app_metadata,
    user_metadata: user.user_metadata,
    role: 'authenticated',
    aal,
    amr: [{ method: 'password', timestamp: now }, ...(aal === 'aal2' ? [{ method: 'totp', timestamp: now }] : [])],
    session_id: randomUUID(),
    is_anonymous: user.is_anonymous ?? false,
  };
  return {
    access_token: options.alg === 'ES256' ? signEs256(claims) : signHs256(claims),
    token_type: 'bearer',
    expires_in: expiresIn,
    expires_at: now + expiresIn,
    refresh_token: randomUUID().replaceAll('-', '').slice(0, 12),
    user,
  };
}

export function signHs256(claims: Record<string, unknown>, secret = STAND_IN_JWT_SECRET): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

// One P-256 key per process; the kid changes with it, so a server that cached another process's
// JWKS fetches it again instead of failing verification.
const ES256_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ES256_KID = `stand-in-${randomUUID()}`;

export function signEs256(claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: ES256_KID }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: ES256_KEY.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/** The body of GET /auth/v1/.well-known/jwks.json for ES256 sessions. */
export function jwks(): { keys: Record<string, unknown>[] } {
  const jwk = ES256_KEY.publicKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: ES256_KID, alg: 'ES256', use: 'sig', key_ops: ['verify'] }] };
}

/** The claims of a JWT, unverified (for assertions on what the app sent). */
export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * Cookies @supabase/ssr reads as a stored session, to start a test signed in without the login
 * form: name `sb-<first label of the Supabase host>-auth-token`, value `base64-<base64url(JSON)>`,
 * split into `.0`, `.1`… chunks past 3180 characters as the library does.
 */
export function sessionCookies(session: Session, supabaseUrl: string, appUrl: string): { name: string; value: string; url: string }[] {
  const key = `sb-${new URL(supabaseUrl).hostname.split('.')[0]}-auth-token`;
  const value = `base64-${base64url(JSON.stringify(session))}`;
  const chunkSize = 3180;
  if (value.length <= chunkSize) return [{ name: key, value, url: appUrl }];
  const chunks: { name: string; value: string; url: string }[] = [];
  for (let i = 0; i * chunkSize < value.length; i += 1) {
    chunks.push({ name: `${key}.${i}`, value: value.slice(i * chunkSize, (i + 1) * chunkSize), url: appUrl });
  }
  return chunks;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

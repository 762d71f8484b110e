// Asking Supabase Auth whether a token is good, for tokens no key in SUPABASE_JWKS can check (a
// hosted project still signing with its legacy secret publishes no `oct` key). supabase-js's
// auth.getClaims() does the same when it has no key for a token (HS* algorithm, no kid, or a kid
// its JWKS lacks): it calls getUser(token), GET {auth url}/user with the client's apikey
// (supabase/supabase-js packages/core/auth-js/src/GoTrueClient.ts, getClaims and _getUser).
// Unlike getClaims, an HS256 token is verified locally when the set carries the secret.
import type * as jose from 'npm:jose@6.2.18';
import { errors } from './errors.ts';

export type AuthServer = { url: string; apikey?: string; fetch?: typeof fetch };

/**
 * The token's claims once Auth has accepted it: expiry first, as getClaims does, then Auth's
 * answer (any 4xx is a bad token: Auth answers 403 bad_jwt, user_not_found or session_not_found,
 * supabase/auth internal/api/auth.go). The user Auth names must be the token's subject.
 */
export async function claimsFromAuth(token: string, claims: jose.JWTPayload, auth?: AuthServer) {
  if (typeof claims.exp !== 'number') throw errors.invalidToken();
  if (claims.exp <= Date.now() / 1000) throw errors.tokenExpired();
  if (!auth) {
    console.error('SUPABASE_URL is missing: no key in SUPABASE_JWKS checks this token and Auth cannot be asked.');
    throw errors.configuration();
  }
  let response: Response;
  try {
    response = await (auth.fetch ?? fetch)(new URL('/auth/v1/user', auth.url), {
      headers: { Authorization: `Bearer ${token}`, ...(auth.apikey ? { apikey: auth.apikey } : {}) },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    console.error(`Auth unreachable: ${String(error)}`);
    throw authUnavailable();
  }
  if (response.status >= 400 && response.status < 500) {
    await response.body?.cancel();
    throw errors.invalidToken();
  }
  if (!response.ok) {
    console.error(`Auth answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    throw authUnavailable();
  }
  const user = (await response.json().catch(() => null)) as { id?: unknown } | null;
  if (user?.id !== claims.sub) throw errors.invalidToken();
  return claims;
}

const authUnavailable = () =>
  errors.upstreamFailed({
    fr: 'Supabase Auth ne répond pas ; réessayez plus tard.',
    en: 'Supabase Auth is not answering. Try again later.',
  });

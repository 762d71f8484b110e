// Who is calling, checked here whatever the gateway did. Users: a token verified with a key of the
// project's SUPABASE_JWKS, or, when none can check it, accepted by Supabase Auth. Services: one of
// the secret keys the runtime provides, on `apikey` or as the bearer token.
import * as jose from 'npm:jose@6.2.18';
import { type AuthServer, claimsFromAuth } from './auth-user.ts';
import { type BaseEnv, publicKeys, secretKeys } from './env.ts';
import { errors } from './errors.ts';
import { isTokenAlgorithm, type KeySet, parseJwks, verificationKeys } from './jwks.ts';
import { z } from './zod.ts';

/** What checks a token: the project's key set, and Auth for tokens none of its keys can check. */
export type TokenCheck = { jwks: KeySet; auth?: AuthServer };

export type Claims = jose.JWTPayload & { role?: string };

/** A signed-in user's access token claims (Supabase Auth), kept whole for request.jwt.claims. */
export type UserClaims = Claims & { sub: string; role: 'authenticated' };

const userClaims = z.looseObject({ sub: z.uuid(), role: z.literal('authenticated') });

export function tokenCheckFrom(env: BaseEnv): TokenCheck {
  const [apikey] = publicKeys(env);
  return { jwks: parseJwks(env.SUPABASE_JWKS), auth: env.SUPABASE_URL ? { url: env.SUPABASE_URL, apikey } : undefined };
}

function bearerOf(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '')?.[1];
}

/** The token from `Authorization: Bearer <token>`, or 401. */
export function bearerToken(req: Request): string {
  const token = bearerOf(req);
  if (!token) throw errors.missingToken();
  return token;
}

/** Verified claims of `token`: signature (or Auth's word), `exp` and `nbf`; 401 otherwise. */
export async function verifyToken(token: string, check: TokenCheck): Promise<Claims> {
  let header: jose.ProtectedHeaderParameters;
  let claims: jose.JWTPayload;
  try {
    header = jose.decodeProtectedHeader(token);
    claims = jose.decodeJwt(token);
  } catch {
    throw errors.invalidToken();
  }
  const { alg, kid } = header;
  if (!isTokenAlgorithm(alg)) throw errors.invalidToken();
  const keys = verificationKeys(check.jwks, alg, kid);
  if (keys.length === 0) return await claimsFromAuth(token, claims, check.auth);
  for (const jwk of keys) {
    try {
      return (await jose.jwtVerify(token, await jose.importJWK(jwk, alg), { algorithms: [alg] })).payload;
    } catch (error) {
      if (error instanceof jose.errors.JWTExpired) throw errors.tokenExpired();
    }
  }
  throw errors.invalidToken();
}

/** The caller's user claims; API keys are nobody's session (403). */
export async function requireUser(req: Request, check: TokenCheck): Promise<UserClaims> {
  const claims = await verifyToken(bearerToken(req), check);
  if (!userClaims.safeParse(claims).success) throw errors.forbidden({ fr: 'Réservé aux utilisateurs connectés.', en: 'For signed-in users only.' });
  return claims as UserClaims;
}

const serviceOnly = { fr: 'Réservé au rôle service.', en: 'For the service role only.' };

/**
 * Passes when `apikey` or the bearer token is one of the project's secret keys (SUPABASE_SECRET_KEYS,
 * or the legacy SUPABASE_SERVICE_ROLE_KEY string). Publishable and anon keys, and users, get 403;
 * anything else 401.
 */
export async function requireServiceRole(req: Request, env: BaseEnv, check = tokenCheckFrom(env)): Promise<void> {
  const bearer = bearerOf(req);
  const presented = [req.headers.get('apikey')?.trim(), bearer].filter((value): value is string => !!value);
  if (presented.length === 0) throw errors.missingToken();
  const matches = (keys: string[]) => presented.some((value) => keys.some((key) => timingSafeEqual(key, value)));
  if (matches(secretKeys(env))) return;
  if (matches(publicKeys(env))) throw errors.forbidden(serviceOnly);
  if (!bearer) throw errors.invalidToken();
  await verifyToken(bearer, check); // 401 unless it is someone's valid token
  throw errors.forbidden(serviceOnly);
}

function timingSafeEqual(a: string, b: string): boolean {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

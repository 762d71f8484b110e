// Bearer tokens checked here, whatever the gateway did: HS256 with the project's JWT secret (local
// stack, legacy projects) or the project's JWKS (asymmetric signing keys) when configured.
import * as jose from 'npm:jose@6.2.18';
import { type BaseEnv, secretKeys } from './env.ts';
import { errors } from './errors.ts';
import { z } from './zod.ts';

export type VerificationKeys = { secret?: string; jwks?: jose.JSONWebKeySet };

export type Claims = jose.JWTPayload & { role?: string };

/** A signed-in user's access token claims (Supabase Auth), kept whole for request.jwt.claims. */
export type UserClaims = Claims & { sub: string; role: 'authenticated' };

const userClaims = z.looseObject({ sub: z.uuid(), role: z.literal('authenticated') });

export function keysFrom(env: BaseEnv): VerificationKeys {
  let jwks: jose.JSONWebKeySet | undefined;
  if (env.SUPABASE_JWKS) {
    try {
      jwks = JSON.parse(env.SUPABASE_JWKS) as jose.JSONWebKeySet;
    } catch {
      console.error('SUPABASE_JWKS is not valid JSON; ignored.');
    }
  }
  return { secret: env.SUPABASE_JWT_SECRET, jwks };
}

/** The token from `Authorization: Bearer <token>`, or 401. */
export function bearerToken(req: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') ?? '');
  if (!match) throw errors.missingToken();
  return match[1];
}

/** Verified claims of `token`: signature, `exp` and `nbf`; 401 otherwise. */
export async function verifyToken(token: string, keys: VerificationKeys): Promise<Claims> {
  let alg: string | undefined;
  try {
    alg = jose.decodeProtectedHeader(token).alg;
  } catch {
    throw errors.invalidToken();
  }
  try {
    if (alg === 'HS256' && keys.secret) {
      const secret = new TextEncoder().encode(keys.secret);
      return (await jose.jwtVerify(token, secret, { algorithms: ['HS256'] })).payload;
    }
    if (alg !== 'HS256' && keys.jwks) {
      return (await jose.jwtVerify(token, jose.createLocalJWKSet(keys.jwks))).payload;
    }
  } catch (error) {
    if (error instanceof jose.errors.JWTExpired) throw errors.tokenExpired();
    throw errors.invalidToken();
  }
  throw errors.invalidToken();
}

/** The caller's user claims; service and anon keys are not users (403). */
export async function requireUser(req: Request, keys: VerificationKeys): Promise<UserClaims> {
  const claims = await verifyToken(bearerToken(req), keys);
  if (!userClaims.safeParse(claims).success) throw errors.forbidden('Réservé aux utilisateurs connectés.');
  return claims as UserClaims;
}

/** Passes a service_role JWT or one of the project's secret keys; 401/403 otherwise. */
export async function requireServiceRole(req: Request, env: BaseEnv): Promise<void> {
  const token = bearerToken(req);
  if (secretKeys(env).some((key) => timingSafeEqual(key, token))) return;
  const claims = await verifyToken(token, keysFrom(env));
  if (claims.role !== 'service_role') throw errors.forbidden('Réservé au rôle service.');
}

function timingSafeEqual(a: string, b: string): boolean {
  const [x, y] = [new TextEncoder().encode(a), new TextEncoder().encode(b)];
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

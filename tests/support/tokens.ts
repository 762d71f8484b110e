// Access tokens as Supabase Auth signs them (HS256 with the project's JWT secret), for calling edge
// functions in tests. The claims are the ones tests/support/db.ts gives a request (facts §5).
import { createHmac } from 'node:crypto';
import { type Actor, claimsFor } from './db.ts';

export const TEST_JWT_SECRET = 'capitune-test-jwt-secret-with-at-least-32-characters';

export function signJwt(claims: Record<string, unknown>, secret = TEST_JWT_SECRET): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** The bearer token `actor` would hold; `claims` overrides some (e.g. an `exp` in the past). */
export async function tokenFor(actor: Actor, claims: Record<string, unknown> = {}): Promise<string> {
  return signJwt({ ...(await claimsFor(actor)), ...claims });
}

/** A legacy service_role API key signed with the test secret (no database lookup). */
export function serviceRoleKey(): string {
  const iat = Math.floor(Date.now() / 1000);
  return signJwt({ iss: 'supabase', ref: 'capitunelocaltesting', role: 'service_role', iat, exp: iat + 3600 });
}

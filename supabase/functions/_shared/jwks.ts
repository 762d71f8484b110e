// The keys that may check a token, from the project's SUPABASE_JWKS. jose's JWKS helper refuses
// symmetric keys, but `supabase functions serve` puts the legacy HS256 secret in this set as an
// `oct` key, so keys are chosen here by jose's rules for a JWKS and verified one by one.
import type * as jose from 'npm:jose@6.2.18';

export type KeySet = { keys: jose.JWK[] };

/** The algorithms Supabase Auth signs access tokens with: the legacy secret, or signing keys. */
export const tokenAlgorithms = ['HS256', 'ES256', 'RS256'] as const;
export type TokenAlgorithm = (typeof tokenAlgorithms)[number];

const keyType: Record<TokenAlgorithm, { kty: string; crv?: string }> = {
  HS256: { kty: 'oct' },
  ES256: { kty: 'EC', crv: 'P-256' },
  RS256: { kty: 'RSA' },
};

export function isTokenAlgorithm(alg: unknown): alg is TokenAlgorithm {
  return typeof alg === 'string' && (tokenAlgorithms as readonly string[]).includes(alg);
}

/** SUPABASE_JWKS as a key set (`{"keys":[...]}` or a bare array); empty when absent or malformed. */
export function parseJwks(value: string | undefined): KeySet {
  if (!value) return { keys: [] };
  try {
    const parsed: unknown = JSON.parse(value);
    const keys = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown } | null)?.keys;
    if (Array.isArray(keys)) return { keys: keys.filter((key) => typeof key === 'object' && key !== null) };
  } catch {
    // reported below
  }
  console.error('SUPABASE_JWKS is not a JSON Web Key Set; ignored.');
  return { keys: [] };
}

/**
 * The keys of `set` that may verify a token signed with `alg` (and `kid`, when the token names
 * one): right key type and curve, same kid, same alg when the key states one, meant for signatures.
 * A symmetric key counts only with its secret (`k`); a published set never carries one.
 */
export function verificationKeys(set: KeySet, alg: TokenAlgorithm, kid?: string): jose.JWK[] {
  const { kty, crv } = keyType[alg];
  return set.keys.filter((key) =>
    key.kty === kty &&
    (crv === undefined || key.crv === crv) &&
    (kid === undefined || key.kid === kid) &&
    (key.alg === undefined || key.alg === alg) &&
    (key.use === undefined || key.use === 'sig') &&
    (key.key_ops === undefined || key.key_ops.includes('verify')) &&
    (kty !== 'oct' || typeof key.k === 'string') &&
    (kty === 'oct' || key.d === undefined)
  );
}

const GENERIC = 'Une erreur est survenue. Réessayez dans un instant.';
const NETWORK = 'Connexion au service impossible. Vérifiez votre réseau et réessayez.';

// SQLSTATEs our migrations raise with a French sentence written for users.
const FRENCH_FROM_DATABASE = new Set(['P0001', 'P0002', '22023', '42501', '53400']);

/**
 * A French message for an error from PostgREST, Storage or a database function. Functions and
 * triggers raise French sentences (shown as is); Postgres' own English errors get a generic one.
 */
export function describeError(error: unknown): string {
  if (!error || typeof error !== 'object') return GENERIC;
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message !== 'string' || message.length === 0) return GENERIC;
  if (/failed to fetch|networkerror|fetch failed|load failed/i.test(message)) return NETWORK;
  if (typeof code !== 'string') return GENERIC;
  if (/row-level security|permission denied/i.test(message)) return 'Action non autorisée pour votre compte.';
  if (code.startsWith('23')) return 'Certaines valeurs ne respectent pas les règles. Vérifiez le formulaire.';
  return FRENCH_FROM_DATABASE.has(code) ? message : GENERIC;
}

// French sentences for database errors, by SQLSTATE, for every runtime that shows one: the web app
// (PostgREST, RPC and Storage errors) and the edge functions (their JSON errors). Our functions and
// triggers raise French sentences written for the member; Postgres's own messages are English and
// may name internals, so they get a sentence for their SQLSTATE instead. Constraint sentences are
// served by SQL (public.constraint_messages), beside the constraints they explain.

/** The SQLSTATEs our migrations raise with a French sentence (a database test holds this list). */
export const ourSqlStates = ['22001', '22023', '42501', '55000', 'P0002', 'PT429'] as const;

export const sentences = {
  generic: 'Une erreur est survenue. Réessayez dans un instant.',
  network: 'Connexion au service impossible. Vérifiez votre réseau et réessayez.',
  forbidden: 'Action non autorisée pour votre compte.',
  duplicate: 'Cette ressource existe déjà.',
  invalidValues: 'Certaines valeurs ne respectent pas les règles. Vérifiez le formulaire.',
  invalidValue: 'Valeur invalide.',
  timeout: 'La requête a pris trop de temps.',
  unavailable: 'Base de données indisponible, réessayez plus tard.',
} as const;

// Postgres raises some of our SQLSTATEs itself, in English: RLS and grants (42501), `into strict`
// (P0002), over-long values (22001).
const postgresOwn = /row-level security|permission denied|query returned no rows|value too long/i;

/** Postgres's own (English) errors of the connection and server classes. */
export const unavailableSqlState = /^(08|53|57P0[1-3])/;

/** Whether `message` is one of our French sentences, to be shown as raised. */
export function isOurSentence(code: string, message: string): boolean {
  return (ourSqlStates as readonly string[]).includes(code) && message.length > 0 && !postgresOwn.test(message);
}

/** The French sentence for a database error with SQLSTATE `code`. */
export function sentenceForDatabaseError(code: string, message: string): string {
  if (isOurSentence(code, message)) return message;
  if (code === '42501') return sentences.forbidden;
  if (code === '23505') return sentences.duplicate;
  if (code.startsWith('23')) return sentences.invalidValues;
  if (code.startsWith('22')) return sentences.invalidValue;
  if (code === '57014') return sentences.timeout;
  if (unavailableSqlState.test(code)) return sentences.unavailable;
  return sentences.generic;
}

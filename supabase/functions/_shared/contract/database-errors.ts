// Sentences for database errors, by SQLSTATE, in the reader's language, for every runtime that shows
// one: the web app (PostgREST, RPC and Storage errors) and the edge functions (their JSON errors). Our
// functions and triggers raise sentences written for the member, in the member's language; Postgres's
// own messages are English and may name internals, so they get a sentence for their SQLSTATE instead.
// Constraint sentences are served by SQL (public.constraint_messages), beside the constraints they explain.
import type { Language, Sentence } from './language.ts';

/** The SQLSTATEs our migrations raise with a sentence for the member (a database test holds this list). */
export const ourSqlStates = ['22001', '22023', '42501', '55000', 'P0002', 'PT429'] as const;

export const sentences = {
  generic: {
    fr: 'Une erreur est survenue. Réessayez dans un instant.',
    en: 'Something went wrong. Try again in a moment.',
  },
  network: {
    fr: 'Connexion au service impossible. Vérifiez votre réseau et réessayez.',
    en: 'Could not reach the service. Check your connection and try again.',
  },
  forbidden: {
    fr: 'Action non autorisée pour votre compte.',
    en: 'Your account is not allowed to do this.',
  },
  duplicate: {
    fr: 'Cette ressource existe déjà.',
    en: 'This already exists.',
  },
  invalidValues: {
    fr: 'Certaines valeurs ne respectent pas les règles. Vérifiez le formulaire.',
    en: 'Some values do not follow the rules. Check the form.',
  },
  invalidValue: {
    fr: 'Valeur invalide.',
    en: 'Invalid value.',
  },
  timeout: {
    fr: 'La requête a pris trop de temps.',
    en: 'The request took too long.',
  },
  unavailable: {
    fr: 'Base de données indisponible, réessayez plus tard.',
    en: 'The database is unavailable. Try again later.',
  },
} as const satisfies Record<string, Sentence>;

// Postgres raises some of our SQLSTATEs itself, in English: RLS and grants (42501), `into strict`
// (P0002), over-long values (22001).
const postgresOwn = /row-level security|permission denied|query returned no rows|value too long/i;

/** Postgres's own (English) errors of the connection and server classes. */
export const unavailableSqlState = /^(08|53|57P0[1-3])/;

/** Whether `message` is one of our own sentences, to be shown as raised (in the language it was raised in). */
export function isOurSentence(code: string, message: string): boolean {
  return (ourSqlStates as readonly string[]).includes(code) && message.length > 0 && !postgresOwn.test(message);
}

/** The sentence for a database error with SQLSTATE `code`: ours as raised, else ours in `language`. */
export function sentenceForDatabaseError(code: string, message: string, language: Language): string {
  if (isOurSentence(code, message)) return message;
  if (code === '42501') return sentences.forbidden[language];
  if (code === '23505') return sentences.duplicate[language];
  if (code.startsWith('23')) return sentences.invalidValues[language];
  if (code.startsWith('22')) return sentences.invalidValue[language];
  if (code === '57014') return sentences.timeout[language];
  if (unavailableSqlState.test(code)) return sentences.unavailable[language];
  return sentences.generic[language];
}

import { sentenceForDatabaseError, sentences } from '@contract/database-errors';
import type { Language } from '@contract/language';

/**
 * A message for an error from PostgREST, Storage or a database function: our functions' and
 * triggers' own sentences as they are (the database raises them in the member's language), a
 * sentence by SQLSTATE in `language` for Postgres' English (the contract the edge functions
 * share), a generic one for anything else.
 */
export function describeError(error: unknown, language: Language): string {
  if (!error || typeof error !== 'object') return sentences.generic[language];
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message !== 'string' || message.length === 0) return sentences.generic[language];
  if (/failed to fetch|networkerror|fetch failed|load failed/i.test(message)) return sentences.network[language];
  if (typeof code !== 'string') return sentences.generic[language];
  return sentenceForDatabaseError(code, message, language);
}

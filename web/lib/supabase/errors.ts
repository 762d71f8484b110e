import { sentenceForDatabaseError, sentences } from '@contract/database-errors';

/**
 * A French message for an error from PostgREST, Storage or a database function: our functions'
 * and triggers' own sentences as they are, a sentence by SQLSTATE for Postgres' English (the
 * contract the edge functions share), a generic one for anything else.
 */
export function describeError(error: unknown): string {
  if (!error || typeof error !== 'object') return sentences.generic;
  const { message, code } = error as { message?: unknown; code?: unknown };
  if (typeof message !== 'string' || message.length === 0) return sentences.generic;
  if (/failed to fetch|networkerror|fetch failed|load failed/i.test(message)) return sentences.network;
  if (typeof code !== 'string') return sentences.generic;
  return sentenceForDatabaseError(code, message);
}

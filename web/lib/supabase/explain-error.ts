import type { Language } from '@contract/language';
import type { Messages } from '@/i18n/messages';
import type { AppSupabaseClient } from './browser';
import { describeError } from './errors';
import { loadSupabase } from './lazy';

/** A sentence of our own code's refusals: a key of the `problems` messages. */
export type Problem = keyof Messages['problems'];

/** A refusal of our own code, said to the user by its `problems` message (useErrorText). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
  constructor(readonly problem: Problem) {
    super(problem);
  }
}

// Constraint sentences never change while the app runs: one read per name, language and tab (the
// database answers in the member's language).
const sentences = new Map<string, Promise<string | null>>();

/** The constraint named in a Postgres 23xxx error message (`… constraint "dossiers_title_length"`). */
export function constraintName(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !code.startsWith('23') || typeof message !== 'string') return null;
  return /constraint "([^"]+)"/.exec(message)?.[1] ?? null;
}

async function constraintSentence(supabase: AppSupabaseClient, name: string, language: Language): Promise<string | null> {
  const key = `${language}:${name}`;
  let sentence = sentences.get(key);
  if (!sentence) {
    sentence = Promise.resolve(
      supabase.from('constraint_messages').select('message').eq('constraint_name', name).maybeSingle(),
    ).then(({ data }) => data?.message ?? null, () => {
      sentences.delete(key); // a failed read is tried again next time
      return null;
    });
    sentences.set(key, sentence);
  }
  return sentence;
}

/**
 * A message for any error of a write other than our code's own (UserFacingError, which
 * useErrorText says): the sentence of the constraint a 23xxx error names
 * (public.constraint_messages), else describeError in `language`.
 */
export async function explainError(supabase: AppSupabaseClient | null, error: unknown, language: Language): Promise<string> {
  const name = constraintName(error);
  if (name && supabase) {
    const sentence = await constraintSentence(supabase, name, language);
    if (sentence) return sentence;
  }
  return describeError(error, language);
}

/** explainError with the browser client loaded on demand (for toasts in client components). */
export async function explain(error: unknown, language: Language): Promise<string> {
  if (!constraintName(error)) return explainError(null, error, language);
  return explainError(await loadSupabase(), error, language);
}

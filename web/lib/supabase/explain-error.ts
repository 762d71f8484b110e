import type { AppSupabaseClient } from './browser';
import { describeError } from './errors';
import { loadSupabase } from './lazy';

/** An error whose message is already a French sentence for the user (thrown by our own code). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

// Constraint sentences never change while the app runs: one read per name and tab.
const sentences = new Map<string, Promise<string | null>>();

/** The constraint named in a Postgres 23xxx error message (`… constraint "dossiers_title_length"`). */
export function constraintName(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || !code.startsWith('23') || typeof message !== 'string') return null;
  return /constraint "([^"]+)"/.exec(message)?.[1] ?? null;
}

async function constraintSentence(supabase: AppSupabaseClient, name: string): Promise<string | null> {
  let sentence = sentences.get(name);
  if (!sentence) {
    sentence = Promise.resolve(
      supabase.from('constraint_messages').select('message').eq('constraint_name', name).maybeSingle(),
    ).then(({ data }) => data?.message ?? null, () => {
      sentences.delete(name); // a failed read is tried again next time
      return null;
    });
    sentences.set(name, sentence);
  }
  return sentence;
}

/**
 * A French message for any error of a write: our functions' own sentences as they are, the
 * sentence of the constraint a 23xxx error names (public.constraint_messages), else describeError.
 */
export async function explainError(supabase: AppSupabaseClient | null, error: unknown): Promise<string> {
  if (error instanceof UserFacingError) return error.message;
  const name = constraintName(error);
  if (name && supabase) {
    const sentence = await constraintSentence(supabase, name);
    if (sentence) return sentence;
  }
  return describeError(error);
}

/** explainError with the browser client loaded on demand (for toasts in client components). */
export async function explain(error: unknown): Promise<string> {
  if (error instanceof UserFacingError || !constraintName(error)) return explainError(null, error);
  return explainError(await loadSupabase(), error);
}

// What a form sent without JavaScript comes back to: its page, by a 303 after the server action,
// with at most a stable code in the query (`?erreur=invalid_credentials`), never what was typed.
import type { SearchParams } from '@/lib/search-params';
import { firstParam } from '@/lib/search-params';
import { authErrorKey } from './errors';

export const ERROR_PARAM = 'erreur';
export const DONE_PARAM = 'fait';

/** Code for input the server's schema refused (the browser checks nothing when JS is off). */
export const INVALID_INPUT = 'champs';

/** `path` with one more query parameter. */
export function withParam(path: string, name: string, value: string): string {
  const url = new URL(path, 'https://capitune.invalid');
  url.searchParams.set(name, value);
  return url.pathname + url.search;
}

/** The auth.errors key for the code in `?erreur=`; unknown codes get the generic one, never an echo. */
export function outcomeError(params: SearchParams): string | null {
  const code = firstParam(params[ERROR_PARAM]);
  if (!code) return null;
  if (code === INVALID_INPUT) return 'invalid_input';
  return authErrorKey({ code });
}

/** True when the page is shown after its form succeeded (`?fait=1`). */
export function outcomeDone(params: SearchParams): boolean {
  return firstParam(params[DONE_PARAM]) === '1';
}

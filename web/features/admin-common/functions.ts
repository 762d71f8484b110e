import { sentences } from '@contract/database-errors';
import type { Language } from '@contract/language';
import { pageLanguage } from '@/i18n/page-language';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { newRequestId, requestIdHeader } from '@/lib/observability/request-id';
import { describeError } from '@/lib/supabase/errors';

/** An edge function's refusal, carrying the message it sent (`{ error: { code, message } }`). */
export class FunctionCallError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'FunctionCallError';
  }
}

// Failures with no sentence of their own: describeAdminError says them in the reader's language.
const NETWORK = 'network';
const NO_ANSWER = 'no_answer';
const UNEXPECTED = 'unexpected_response';

type InvokeOptions = {
  method?: 'GET' | 'POST';
  body?: Record<string, unknown>;
  query?: Record<string, string | number | undefined>;
};

/**
 * Calls an edge function as the signed-in user (supabase-js sends the session's access token as
 * the bearer) and returns its JSON. Errors are duck-typed: importing supabase-js' error classes
 * would pull the whole client into the page's first load.
 */
export async function invokeFunction(supabase: AppSupabaseClient, name: string, options: InvokeOptions = {}): Promise<unknown> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  const { data, error } = await supabase.functions.invoke(query ? `${name}?${query}` : name, {
    method: options.method ?? 'POST',
    body: options.body,
    // The request id is carried into the function's logs and error reports (supabase/functions/_shared/request-id.ts);
    // the function answers its refusals in the viewer's language (supabase/functions/_shared/http.ts).
    headers: { [requestIdHeader]: newRequestId(), 'Accept-Language': pageLanguage() },
  });
  if (error) throw await toFunctionCallError(error);
  return data;
}

async function toFunctionCallError(error: unknown): Promise<FunctionCallError> {
  const { name, context } = (error ?? {}) as { name?: string; context?: unknown };
  if (name === 'FunctionsFetchError') return new FunctionCallError(0, NETWORK, 'The admin function could not be reached.');
  if (name !== 'FunctionsHttpError' || !(context instanceof Response)) return new FunctionCallError(0, NO_ANSWER, 'The admin function did not answer.');
  let body: unknown = null;
  try {
    body = await context.json();
  } catch {
    // Not JSON (a gateway page): keep the generic message.
  }
  const detail = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof detail?.message !== 'string' || !detail.message) {
    return new FunctionCallError(context.status, NO_ANSWER, `The admin function answered HTTP ${context.status} without a message.`);
  }
  return new FunctionCallError(context.status, typeof detail.code === 'string' ? detail.code : 'http_error', detail.message);
}

/** Validates a function's JSON against what the screen expects (zod), so drift fails loudly. */
export function parseResponse<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new FunctionCallError(0, UNEXPECTED, 'The admin function answered in an unexpected shape.');
  return parsed.data;
}

/**
 * A sentence for any error of the admin screens in the reader's `language`: the function's or the
 * database's own (both answer in it), or ours for a function that could not be reached, did not
 * answer or answered in an unexpected shape.
 */
export function describeAdminError(error: unknown, text: { serviceDown: string; unexpected: string }, language: Language): string {
  if (!(error instanceof FunctionCallError)) return describeError(error, language);
  if (error.code === NETWORK) return sentences.network[language];
  if (error.code === NO_ANSWER) return text.serviceDown;
  return error.code === UNEXPECTED ? text.unexpected : error.message;
}

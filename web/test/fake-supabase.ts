// A Supabase client stand-in whose calls are vi.fn()s (no network in unit tests), for the screens
// that call edge functions and RPCs (admin, privacy).
import { vi } from 'vitest';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** A FunctionsHttpError as supabase-js returns it: the Response is in `context`. */
export function functionsHttpError(status: number, body: unknown) {
  return Object.assign(new Error('Edge Function returned a non-2xx status code'), {
    name: 'FunctionsHttpError',
    context: new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  });
}

type Result = { data: unknown; error: unknown };

/** The parts of supabase-js the admin screens call, as spies answering what each test sets. */
export function fakeSupabase() {
  const invoke = vi.fn<(name: string, options?: { method?: string; body?: unknown }) => Promise<Result>>();
  const rpc = vi.fn<(fn: string, args?: Record<string, unknown>) => Promise<Result>>();
  const signOut = vi.fn(async () => ({ error: null }));
  const client = { functions: { invoke }, rpc, auth: { signOut } } as unknown as AppSupabaseClient;
  return { client, invoke, rpc, signOut };
}

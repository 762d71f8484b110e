// Test helpers for admin and privacy components: the providers the signed-in layout gives, and a
// Supabase client stand-in whose calls are vi.fn()s (no network in unit tests).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ViewerProvider } from '@/components/providers/viewer-context';
import { ToastProvider } from '@/components/ui/toast';
import type { Viewer } from '@/lib/auth/viewer-types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const ADMIN_VIEWER: Viewer = {
  id: '33333333-3333-4333-8333-000000000001', email: 'claire@demo.capitune.ca', aal: 'aal2', role: 'admin',
  fullName: 'Claire Gagnon', avatarPath: null, bio: '', locale: 'fr-CA', emailNotifications: true,
};

export function renderWithProviders(ui: ReactElement, viewer: Viewer = ADMIN_VIEWER) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: 0 } } });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <ViewerProvider viewer={viewer}>
          <ToastProvider>{ui}</ToastProvider>
        </ViewerProvider>
      </QueryClientProvider>,
    ),
  };
}

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

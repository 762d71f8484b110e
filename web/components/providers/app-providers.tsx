'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import type { Viewer } from '@/lib/auth/viewer-types';
import { ViewerProvider } from './viewer-context';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // RLS-scoped data: cached per browser tab only, refreshed when it goes stale.
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
      mutations: { retry: 0 },
    },
  });
}

/** Client providers of the signed-in area: React Query, toasts, the viewer. */
export function AppProviders({ viewer, toastCloseLabel, children }: { viewer: Viewer; toastCloseLabel: string; children: ReactNode }) {
  // One client per browser tab (never shared between users on the server). supabase-js is loaded
  // by what needs it (lib/supabase/lazy.ts): the proxy refreshes the session on every request, and
  // auth-js refreshes it before any call the browser makes.
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ViewerProvider viewer={viewer}>
        <ToastProvider closeLabel={toastCloseLabel}>{children}</ToastProvider>
      </ViewerProvider>
    </QueryClientProvider>
  );
}

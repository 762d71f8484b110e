'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { loadSupabase } from '@/lib/supabase/lazy';
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
  // One client per browser tab (never shared between users on the server).
  const [queryClient] = useState(makeQueryClient);
  // supabase-js stays out of the first load; fetch it right after hydration. The browser client
  // then keeps the session fresh (auto refresh, cookies the server reads).
  useEffect(() => {
    void loadSupabase();
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ViewerProvider viewer={viewer}>
        <ToastProvider closeLabel={toastCloseLabel}>{children}</ToastProvider>
      </ViewerProvider>
    </QueryClientProvider>
  );
}

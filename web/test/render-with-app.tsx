import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { ViewerProvider } from '@/components/providers/viewer-context';
import type { Viewer } from '@/lib/auth/viewer-types';

// The app marks elements for tests with data-test (as the browser suites read them).
configure({ testIdAttribute: 'data-test' });

export const testViewer = (overrides: Partial<Viewer> = {}): Viewer => ({
  id: '11111111-1111-4111-8111-111111111111',
  email: 'amina@demo.capitune.ca',
  aal: 'aal1',
  role: 'candidate',
  fullName: 'Amina Diallo',
  avatarPath: null,
  bio: '',
  locale: 'fr-CA',
  emailNotifications: true,
  ...overrides,
});

/** Claire, the seed's admin, with her second factor for this session. */
export const adminViewer = testViewer({
  id: '33333333-3333-4333-8333-000000000001', email: 'claire@demo.capitune.ca', aal: 'aal2', role: 'admin', fullName: 'Claire Gagnon',
});

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: 0 } } });
}

/** Renders inside the signed-in area's providers (React Query, toasts, the viewer), as AppProviders does. */
export function renderWithApp(ui: ReactNode, { viewer = testViewer(), queryClient = testQueryClient() } = {}) {
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ViewerProvider viewer={viewer}>
        <ToastProvider>{ui}</ToastProvider>
      </ViewerProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, viewer };
}

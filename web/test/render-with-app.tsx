import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { ViewerProvider } from '@/components/providers/viewer-context';
import { DateLocaleProvider } from '@/components/ui/date-locale';
import { AdminTextProvider } from '@/features/admin-common';
import { FALLBACK_TIME_ZONE } from '@/lib/format';
import type { Viewer } from '@/lib/auth/viewer-types';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

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
  timeZone: 'America/Toronto',
  ...overrides,
});

/** Claire, the seed's admin, with her second factor for this session. */
export const adminViewer = testViewer({
  id: '33333333-3333-4333-8333-000000000001', email: 'claire@demo.capitune.ca', aal: 'aal2', role: 'admin', fullName: 'Claire Gagnon',
});

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: 0 } } });
}

/** The signed-in layout's language providers: next-intl's messages, the admin pages' sentences, the date locale (the auth
 *  sentences are placed by the pages with auth forms, AuthTextScope). */
export function WithMessages({ locale = 'fr-CA', children }: { locale?: 'fr-CA' | 'en-CA'; children: ReactNode }) {
  const messages = locale === 'en-CA' ? en : fr;
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={FALLBACK_TIME_ZONE}>
      <DateLocaleProvider locale={locale}>
        <AdminTextProvider text={{ admin: messages.admin, labels: messages.labels, language: locale === 'en-CA' ? 'en' : 'fr' }}>{children}</AdminTextProvider>
      </DateLocaleProvider>
    </NextIntlClientProvider>
  );
}

/** Renders inside the signed-in area's providers (messages, React Query, toasts, the viewer), as its layout does. */
export function renderWithApp(ui: ReactNode, { viewer = testViewer(), queryClient = testQueryClient(), locale = 'fr-CA' as 'fr-CA' | 'en-CA' } = {}) {
  const result = render(
    <WithMessages locale={locale}>
      <QueryClientProvider client={queryClient}>
        <ViewerProvider viewer={viewer}>
          <ToastProvider closeLabel={(locale === 'en-CA' ? en : fr).caseFile.toastClose}>{ui}</ToastProvider>
        </ViewerProvider>
      </QueryClientProvider>
    </WithMessages>,
  );
  return { ...result, queryClient, viewer };
}

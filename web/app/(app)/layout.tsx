import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { AppProviders } from '@/components/providers/app-providers';
import { DateLocaleProvider } from '@/components/ui/date-locale';
import { AuthTextProvider, LogoutButton } from '@/features/auth';
import { LanguageSwitch, LocaleCookieSync } from '@/features/language';
import { NotificationBell } from '@/features/notifications';
import { ProfileLink } from '@/features/profile';
import { clientMessages } from '@/i18n/client-messages';
import { toAppLocale } from '@/i18n/locales';
import { requireViewer } from '@/lib/auth/viewer';

/**
 * The signed-in area. requireViewer() sends the visitor elsewhere when needed (login,
 * suspended, consent, second factor); pages below can rely on an active, consented viewer.
 * It plugs the features the shell shows (bell, language, profile link, sign-out) into the
 * shell's slots, and hands client components the messages they use (i18n/request.ts picked the
 * language from accounts.locale).
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider messages={clientMessages(messages)}>
      <DateLocaleProvider locale={locale}>
        <AuthTextProvider text={messages.auth}>
          <LocaleCookieSync locale={toAppLocale(viewer.locale)} />
          <AppProviders viewer={viewer}>
            <AppShell
              headerEnd={<><LanguageSwitch /><NotificationBell userId={viewer.id} /><ProfileLink /></>}
              signOut={<LogoutButton size="sm" className="w-full justify-start" data-test="sign-out" />}
            >
              {children}
            </AppShell>
          </AppProviders>
        </AuthTextProvider>
      </DateLocaleProvider>
    </NextIntlClientProvider>
  );
}

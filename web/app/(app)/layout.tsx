import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { navEntriesFor } from '@/components/layout/nav-items';
import { AppProviders } from '@/components/providers/app-providers';
import { DateLocaleProvider } from '@/components/ui/date-locale';
import { LogoutButton } from '@/features/auth';
import { LanguageSwitch, LocaleCookieSync } from '@/features/language';
import { NotificationBell, readUnreadCount } from '@/features/notifications';
import { ProfileLink } from '@/features/profile';
import { toAppLocale } from '@/i18n/locales';
import { requireViewer } from '@/lib/auth/viewer';

/**
 * The signed-in area. requireViewer() sends the visitor elsewhere when needed (login,
 * suspended, consent, second factor); pages below can rely on an active, consented viewer.
 * It plugs the features the shell shows (bell, language, profile link, sign-out) into the
 * shell's slots, with their words in the viewer's language (i18n/request.ts read it from
 * accounts.locale); pages with translated client components add ClientMessagesScope.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  // The bell's count comes with the page, so no page needs supabase-js in the browser to draw.
  const unread = readUnreadCount(viewer.id).catch((error: unknown) => {
    console.error('Cloche des notifications :', error);
    return null;
  });
  const [locale, messages, t, unreadCount] = await Promise.all([getLocale(), getMessages(), getTranslations(), unread]);
  const nav = { mainNav: t('shell.mainNav'), pageLoading: t('shell.pageLoading'), items: navEntriesFor(viewer.role, messages.nav) };
  const bell = { none: t('notifications.bellNone'), one: t('notifications.bellOne'), other: t('notifications.bellOther'), locale };
  return (
    <DateLocaleProvider locale={locale}>
      <LocaleCookieSync locale={toAppLocale(viewer.locale)} />
      <AppProviders viewer={viewer} toastCloseLabel={t('caseFile.toastClose')}>
        <AppShell
          text={{ menu: t('shell.menu'), nav }}
          headerEnd={<><LanguageSwitch /><NotificationBell userId={viewer.id} labels={bell} unread={unreadCount} /><ProfileLink roleLabel={t(`labels.role.${viewer.role}`)} /></>}
          signOut={<LogoutButton size="sm" className="w-full justify-start" data-test="sign-out" label={t('auth.signOut')} />}
        >
          {children}
        </AppShell>
      </AppProviders>
    </DateLocaleProvider>
  );
}

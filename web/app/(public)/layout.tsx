import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PublicFooter } from '@/components/layout/public-footer';
import { PublicHeader } from '@/components/layout/public-header';
import { AuthTextProvider } from '@/features/auth';
import { LanguageSwitch } from '@/features/language';

/**
 * Shell of the pages seen without the sidebar: public pages, sign-in steps, interruptions. The
 * auth forms get their sentences as plain strings (no next-intl runtime on these light pages).
 */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { auth } = await getMessages();
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader languageSwitch={<LanguageSwitch />} />
      <main id="contenu" tabIndex={-1} className="flex-1 focus:outline-none">
        <AuthTextProvider text={auth}>{children}</AuthTextProvider>
      </main>
      <PublicFooter />
    </div>
  );
}

import type { ReactNode } from 'react';
import { PublicFooter } from '@/components/layout/public-footer';
import { PublicHeader } from '@/components/layout/public-header';
import { LanguageSwitch } from '@/features/language';

/**
 * Shell of the pages seen without the sidebar: public pages, sign-in steps, interruptions. Pages
 * with auth forms wrap them in AuthTextScope (their sentences, as plain strings: no next-intl
 * runtime on these light pages).
 */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader languageSwitch={<LanguageSwitch />} />
      <main id="contenu" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <PublicFooter />
    </div>
  );
}

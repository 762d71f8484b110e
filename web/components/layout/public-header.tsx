import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button-link';
import { routes } from '@/lib/routes';

/** Header of the public pages: plain links only, no session code (keeps these pages light). */
export async function PublicHeader({ languageSwitch }: { languageSwitch: ReactNode }) {
  const t = await getTranslations('shell');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={routes.home} className="text-xl font-bold tracking-tight text-brand-800 no-underline">
          CAPITUNE
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          {languageSwitch}
          <nav aria-label={t('accountNav')}>
            <ul className="flex items-center gap-2">
              <li><ButtonLink href={routes.login} variant="ghost" size="sm">{t('signIn')}</ButtonLink></li>
              <li><ButtonLink href={routes.register} size="sm">{t('register')}</ButtonLink></li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { routes } from '@/lib/routes';

export async function PublicFooter() {
  const t = await getTranslations('shell');
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600">
        <p>© 2026 CAPITUNE</p>
        <nav aria-label={t('legalNav')}>
          <ul className="flex flex-wrap gap-4">
            <li><Link href={routes.terms} className="inline-block py-1">{t('terms')}</Link></li>
            <li><Link href={routes.privacy} className="inline-block py-1">{t('privacy')}</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

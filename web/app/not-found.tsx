import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('notFound') };
}

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main id="contenu" tabIndex={-1} className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-20 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="text-2xl font-bold text-slate-900">{t('title')}</h1>
      <p className="text-slate-700">{t('text')}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <ButtonLink href={routes.home}>{t('home')}</ButtonLink>
        <ButtonLink href={routes.dashboard} variant="secondary">{t('mySpace')}</ButtonLink>
      </div>
    </main>
  );
}

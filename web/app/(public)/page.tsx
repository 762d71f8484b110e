import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ButtonLink } from '@/components/ui/button-link';
import { FolderCheckIcon, MessagesSquareIcon, ShieldCheckIcon, SITE_NAME, siteOrigin, UpcomingEvents, UpcomingEventsFallback, VideoIcon } from '@/features/home';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  const title = t('homeTitle');
  const description = t('homeDescription');
  return {
    metadataBase: new URL(siteOrigin()),
    title: { absolute: title },
    description,
    alternates: { canonical: routes.home },
    openGraph: { type: 'website', locale: t('ogLocale'), siteName: SITE_NAME, url: routes.home, title, description },
    twitter: { card: 'summary_large_image', title, description },
  };
}

const features = [
  { Icon: FolderCheckIcon, key: 'dossier' },
  { Icon: ShieldCheckIcon, key: 'pro' },
  { Icon: MessagesSquareIcon, key: 'inside' },
  { Icon: VideoIcon, key: 'live' },
] as const;

/**
 * Public home: server-rendered, no session and no Supabase client in the browser (first-load
 * budget of public pages). Upcoming Live stream in from one anonymous PostgREST read.
 */
export default async function HomePage() {
  const t = await getTranslations('home');
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:py-16">
      <section aria-labelledby="accroche" data-test="home-hero" className="max-w-2xl space-y-5">
        <h1 id="accroche" className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {t('heroTitle')}
        </h1>
        <p className="text-lg text-slate-700">{t('heroText')}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={routes.register} data-test="home-register-link">{t('register')}</ButtonLink>
          <ButtonLink href={routes.login} variant="secondary" data-test="home-login-link">{t('login')}</ButtonLink>
        </div>
      </section>

      <section aria-labelledby="fonctionnalites" className="mt-14">
        <h2 id="fonctionnalites" className="text-2xl font-bold tracking-tight text-slate-900">{t('featuresTitle')}</h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map(({ Icon, key }) => (
            <li key={key} className="rounded-lg border border-slate-200 bg-white p-5">
              <Icon className="size-7 text-brand-700" />
              <h3 className="mt-3 font-semibold text-slate-900">{t(`features.${key}.title`)}</h3>
              <p className="mt-1 text-slate-700">{t(`features.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="prochains-live" className="mt-14" data-test="home-live">
        <h2 id="prochains-live" className="text-2xl font-bold tracking-tight text-slate-900">{t('liveTitle')}</h2>
        <p className="mt-2 text-slate-700">{t('liveText')}</p>
        <div className="mt-6">
          <Suspense fallback={<UpcomingEventsFallback />}>
            <UpcomingEvents />
          </Suspense>
        </div>
      </section>

      <section aria-labelledby="commencer" className="mt-14 rounded-lg bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h2 id="commencer" className="text-2xl font-bold tracking-tight">{t('ctaTitle')}</h2>
        <p className="mt-2 max-w-2xl text-brand-50">{t('ctaText')}</p>
        <div className="mt-6">
          <ButtonLink href={routes.register} variant="secondary" data-test="home-cta-register">{t('ctaButton')}</ButtonLink>
        </div>
      </section>
    </div>
  );
}

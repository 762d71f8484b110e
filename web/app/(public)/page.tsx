import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ButtonLink } from '@/components/ui/button-link';
import { FolderCheckIcon, HOME_DESCRIPTION, HOME_TITLE, MessagesSquareIcon, ShieldCheckIcon, SITE_NAME, siteOrigin, UpcomingEvents, UpcomingEventsFallback, VideoIcon } from '@/features/home';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { absolute: HOME_TITLE },
  description: HOME_DESCRIPTION,
  alternates: { canonical: routes.home },
  openGraph: {
    type: 'website',
    locale: 'fr_CA',
    siteName: SITE_NAME,
    url: routes.home,
    title: HOME_TITLE,
    description: HOME_DESCRIPTION,
  },
  twitter: { card: 'summary_large_image', title: HOME_TITLE, description: HOME_DESCRIPTION },
};

const features = [
  { Icon: FolderCheckIcon, title: 'Mon dossier', text: 'Vos documents, leur liste de contrôle et le suivi de votre demande, étape par étape.' },
  { Icon: ShieldCheckIcon, title: 'Un professionnel réglementé', text: 'Échangez en privé avec le consultant assigné à votre dossier, qui vérifie vos pièces.' },
  { Icon: MessagesSquareIcon, title: 'Inside', text: 'Une communauté pour poser vos questions et partager votre expérience avec ceux qui passent par les mêmes étapes.' },
  { Icon: VideoIcon, title: 'Live', text: 'Des webinaires avec des experts : Entrée express, Québec, études, travail, famille.' },
];

/**
 * Public home: server-rendered, no session and no Supabase client in the browser (first-load
 * budget of public pages). Upcoming Live stream in from one anonymous PostgREST read.
 */
export default function HomePage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:py-16">
      <section aria-labelledby="accroche" data-test="home-hero" className="max-w-2xl space-y-5">
        <h1 id="accroche" className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          Préparez votre dossier d&apos;immigration en toute confiance
        </h1>
        <p className="text-lg text-slate-700">
          CAPITUNE réunit votre dossier, vos documents et votre professionnel de l&apos;immigration,
          avec une communauté qui passe par les mêmes étapes que vous.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={routes.register} data-test="home-register-link">Créer mon compte</ButtonLink>
          <ButtonLink href={routes.login} variant="secondary" data-test="home-login-link">J&apos;ai déjà un compte</ButtonLink>
        </div>
      </section>

      <section aria-labelledby="fonctionnalites" className="mt-14">
        <h2 id="fonctionnalites" className="text-2xl font-bold tracking-tight text-slate-900">Ce que vous y trouverez</h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map(({ Icon, title, text }) => (
            <li key={title} className="rounded-lg border border-slate-200 bg-white p-5">
              <Icon className="size-7 text-brand-700" />
              <h3 className="mt-3 font-semibold text-slate-900">{title}</h3>
              <p className="mt-1 text-slate-700">{text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="prochains-live" className="mt-14" data-test="home-live">
        <h2 id="prochains-live" className="text-2xl font-bold tracking-tight text-slate-900">Prochains Live</h2>
        <p className="mt-2 text-slate-700">Gratuits pour les membres. Heures affichées dans votre fuseau horaire.</p>
        <div className="mt-6">
          <Suspense fallback={<UpcomingEventsFallback />}>
            <UpcomingEvents />
          </Suspense>
        </div>
      </section>

      <section aria-labelledby="commencer" className="mt-14 rounded-lg bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h2 id="commencer" className="text-2xl font-bold tracking-tight">Prêt à commencer ?</h2>
        <p className="mt-2 max-w-2xl text-brand-50">
          Créez votre compte gratuitement : ouvrez votre dossier, rejoignez Inside et inscrivez-vous aux prochains Live.
        </p>
        <div className="mt-6">
          <ButtonLink href={routes.register} variant="secondary" data-test="home-cta-register">Créer mon compte gratuitement</ButtonLink>
        </div>
      </section>
    </div>
  );
}

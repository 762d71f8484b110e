import { FolderCheck, MessagesSquare, Video } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button-link';
import { routes } from '@/lib/routes';

const features = [
  { Icon: FolderCheck, title: 'Mon dossier', text: 'Vos documents, leur liste de contrôle et le suivi de votre demande, au même endroit.' },
  { Icon: MessagesSquare, title: 'Un professionnel', text: 'Échangez avec le consultant réglementé assigné à votre dossier.' },
  { Icon: Video, title: 'Inside et Live', text: 'Une communauté pour partager vos questions et des webinaires avec des experts.' },
];

/** Public home: static, no session code (first-load budget of public pages). */
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
        <h2 id="fonctionnalites" className="sr-only">Ce que vous y trouverez</h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {features.map(({ Icon, title, text }) => (
            <li key={title} className="rounded-lg border border-slate-200 bg-white p-5">
              <Icon aria-hidden="true" className="size-7 text-brand-700" />
              <h3 className="mt-3 font-semibold text-slate-900">{title}</h3>
              <p className="mt-1 text-slate-700">{text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

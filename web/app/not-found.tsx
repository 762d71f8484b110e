import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page introuvable' };

export default function NotFound() {
  return (
    <main id="contenu" tabIndex={-1} className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-20 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="text-2xl font-bold text-slate-900">Page introuvable</h1>
      <p className="text-slate-700">Cette adresse ne mène à aucune page. Elle a peut-être changé, ou le lien est incomplet.</p>
      <div className="flex flex-wrap justify-center gap-3">
        <ButtonLink href={routes.home}>Retour à l&apos;accueil</ButtonLink>
        <ButtonLink href={routes.dashboard} variant="secondary">Mon espace</ButtonLink>
      </div>
    </main>
  );
}

import { FolderOpen, History, MessagesSquare, Video } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { requireViewer } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Accueil' };

const shortcuts = [
  { href: routes.dossiers, label: 'Mon dossier', text: 'Documents, liste de contrôle et échanges avec votre professionnel.', Icon: FolderOpen },
  { href: routes.inside, label: 'Inside', text: 'Posez vos questions à la communauté.', Icon: MessagesSquare },
  { href: routes.live, label: 'Live', text: 'Inscrivez-vous aux prochains webinaires.', Icon: Video },
];

export default async function DashboardPage({ searchParams }: PageSearchParams) {
  const viewer = await requireViewer();
  const refused = firstParam((await searchParams).acces) === 'refuse';
  const firstName = viewer.fullName.split(/\s+/)[0] ?? viewer.fullName;
  return (
    <div data-test="dashboard">
      <PageHeader title={`Bonjour ${firstName}`} description="Voici où en sont vos démarches." titleTestId="dashboard-greeting" />
      {refused ? <Alert tone="warning" className="mb-6">Cette section est réservée à un autre rôle que le vôtre.</Alert> : null}
      <ul className="grid gap-4 md:grid-cols-3">
        {shortcuts.map(({ href, label, text, Icon }) => (
          <li key={href}>
            <Link href={href} className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 no-underline hover:border-brand-300 hover:shadow-sm">
              <Icon aria-hidden="true" className="size-6 text-brand-700" />
              <span className="font-semibold">{label}</span>
              <span className="text-sm text-slate-700">{text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="activite" className="mt-8">
        <h2 id="activite" className="mb-3 text-lg font-semibold">Activité récente</h2>
        <EmptyState icon={History} title="Rien de nouveau pour l'instant" description="Les messages, décisions sur vos documents et changements de statut apparaîtront ici." />
      </section>
    </div>
  );
}

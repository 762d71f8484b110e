'use client';

import { ArrowLeft, FolderX } from 'lucide-react';
import Link from 'next/link';
import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useViewer } from '@/components/providers/viewer-context';
import { routes } from '@/lib/routes';
import { DossierView } from './dossier-view';
import type { DossierTab } from './labels';
import { importCandidateActions, importChat, importDocuments, importReviewActions } from './lazy-parts';
import { useDossier } from './use-dossiers';

export function DossierDetail({ dossierId, initialTab }: { dossierId: string; initialTab: DossierTab }) {
  const viewer = useViewer();
  const dossier = useDossier(dossierId);
  // Fetch the likely next pieces while the dossier loads, rather than after.
  useEffect(() => {
    void (viewer.role === 'candidate' ? importCandidateActions() : importReviewActions());
    void (initialTab === 'messages' ? importChat() : importDocuments());
  }, [viewer.role, initialTab]);
  const back = {
    candidate: { href: routes.dossiers, label: 'Mes dossiers' },
    pro: { href: routes.pro, label: 'Dossiers assignés' },
    admin: { href: routes.adminDossiers, label: 'Dossiers (administration)' },
  }[viewer.role];
  const backLink = (
    <Link href={back.href} className="mb-4 inline-flex min-h-6 items-center gap-1 text-sm">
      <ArrowLeft aria-hidden="true" className="size-4" />{back.label}
    </Link>
  );

  if (dossier.isPending) {
    return <div role="status" className="space-y-4"><span className="sr-only">Chargement du dossier…</span><Skeleton className="h-8 w-72" /><Skeleton className="h-64" /></div>;
  }
  if (dossier.isError) {
    return <>{backLink}<Alert tone="danger" title="Le dossier n'a pas pu être chargé">Vérifiez votre connexion, puis rechargez la page.</Alert></>;
  }
  if (!dossier.data) {
    return (
      <>
        {backLink}
        <h1 className="sr-only">Dossier introuvable</h1>
        <EmptyState icon={FolderX} title="Dossier introuvable" description="Ce dossier n'existe pas ou vous n'y avez pas accès." action={<ButtonLink href={back.href}>{back.label}</ButtonLink>} />
      </>
    );
  }
  return <>{backLink}<DossierView dossier={dossier.data} initialTab={initialTab} /></>;
}

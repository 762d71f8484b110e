'use client';

import { ArrowLeft, FolderX } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useViewer } from '@/components/providers/viewer-context';
import { routes } from '@/lib/routes';
import { DossierView } from './dossier-view';
import type { DossierTab } from './labels';
import { useDossier } from './use-dossiers';

export function DossierDetail({ dossierId, initialTab }: { dossierId: string; initialTab: DossierTab }) {
  const t = useTranslations('caseFile');
  const viewer = useViewer();
  const dossier = useDossier(dossierId);
  const back = {
    candidate: { href: routes.dossiers, label: t('detail.back.candidate') },
    pro: { href: routes.pro, label: t('detail.back.pro') },
    admin: { href: routes.adminDossiers, label: t('detail.back.admin') },
  }[viewer.role];
  const backLink = (
    <Link href={back.href} className="mb-4 inline-flex min-h-6 items-center gap-1 text-sm">
      <ArrowLeft aria-hidden="true" className="size-4" />{back.label}
    </Link>
  );

  if (dossier.isPending) {
    return <div role="status" className="space-y-4"><span className="sr-only">{t('detail.loading')}</span><Skeleton className="h-8 w-72" /><Skeleton className="h-64" /></div>;
  }
  if (dossier.isError) {
    return <>{backLink}<Alert tone="danger" title={t('detail.loadError')}>{t('list.checkConnection')}</Alert></>;
  }
  if (!dossier.data) {
    return (
      <>
        {backLink}
        <h1 className="sr-only">{t('detail.notFound')}</h1>
        <EmptyState icon={FolderX} title={t('detail.notFound')} description={t('detail.notFoundText')} action={<ButtonLink href={back.href}>{back.label}</ButtonLink>} />
      </>
    );
  }
  return <>{backLink}<DossierView dossier={dossier.data} initialTab={initialTab} /></>;
}

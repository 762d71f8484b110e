'use client';

import { FolderOpen, Plus } from 'lucide-react';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { dossierPath, routes } from '@/lib/routes';
import { formatDate } from '@/lib/format';
import { NextStepLine } from '../next-step/next-step-line';
import { useMyNextSteps } from '../next-step/use-next-step';
import { PROGRAM_LABELS } from './labels';
import { StatusBadge } from './status-badge';
import { UnreadBadge } from './unread-badge';
import { useMyDossiers } from './use-dossiers';

/** The candidate's dossiers with their status, next step and unread messages, and the way to open one. */
export function DossierList({ candidateId }: { candidateId: string }) {
  const dossiers = useMyDossiers(candidateId);
  const stepOf = new Map((useMyNextSteps().data ?? []).map((step) => [step.dossier_id, step]));
  const create = (
    <ButtonLink href={routes.newDossier} data-test="new-dossier-link">
      <Plus aria-hidden="true" className="size-5" />Nouveau dossier
    </ButtonLink>
  );
  return (
    <div data-test="dossier-list-page">
      <PageHeader title="Mes dossiers" description="Vos demandes, leurs documents et vos échanges avec votre professionnel." actions={create} />
      {dossiers.isPending ? (
        <div role="status" className="space-y-3"><span className="sr-only">Chargement de vos dossiers…</span><Skeleton className="h-24" /><Skeleton className="h-24" /></div>
      ) : dossiers.isError ? (
        <Alert tone="danger" title="Vos dossiers n'ont pas pu être chargés">Vérifiez votre connexion, puis rechargez la page.</Alert>
      ) : dossiers.data.length === 0 ? (
        <EmptyState icon={FolderOpen} title="Aucun dossier pour l'instant" description="Créez votre premier dossier : choisissez le programme visé, puis déposez vos documents." action={create} />
      ) : (
        <ul className="grid gap-4" data-test="dossier-list">
          {dossiers.data.map((dossier) => (
            <li key={dossier.id} data-test="dossier-card" data-dossier-id={dossier.id}>
              <Link href={dossierPath(dossier.id)} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 no-underline shadow-sm hover:border-brand-300 sm:flex-row sm:items-center sm:justify-between">
                <span className="space-y-1">
                  <span className="block text-lg font-semibold" data-test="dossier-card-title">{dossier.title}</span>
                  <span className="block text-sm text-slate-600">{PROGRAM_LABELS[dossier.program_type]} · mis à jour le {formatDate(dossier.updated_at)}</span>
                  {stepOf.has(dossier.id) ? <NextStepLine step={stepOf.get(dossier.id)!} viewerIsCandidate /> : null}
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <UnreadBadge count={dossier.unreadCount} />
                  <StatusBadge status={dossier.status} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

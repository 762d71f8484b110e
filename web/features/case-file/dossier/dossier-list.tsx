'use client';

import { FolderOpen, Plus } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { useDateLocale } from '@/components/ui/date-locale';
import { Skeleton } from '@/components/ui/skeleton';
import { dossierPath, routes } from '@/lib/routes';
import { formatDate } from '@/lib/format';
import { NextStepLine } from '../next-step/next-step-line';
import { useMyNextSteps } from '../next-step/use-next-step';
import { StatusBadge } from './status-badge';
import { UnreadBadge } from './unread-badge';
import { useMyDossiers } from './use-dossiers';

/** The candidate's dossiers with their status, next step and unread messages, and the way to open one. */
export function DossierList({ candidateId }: { candidateId: string }) {
  const t = useTranslations('caseFile');
  const labels = useTranslations('labels');
  const locale = useDateLocale();
  const dossiers = useMyDossiers(candidateId);
  const stepOf = new Map((useMyNextSteps().data ?? []).map((step) => [step.dossier_id, step]));
  const create = (
    <ButtonLink href={routes.newDossier} data-test="new-dossier-link">
      <Plus aria-hidden="true" className="size-5" />{t('list.newDossier')}
    </ButtonLink>
  );
  return (
    <div data-test="dossier-list-page">
      <PageHeader title={t('pages.dossiers')} description={t('list.description')} actions={create} />
      {dossiers.isPending ? (
        <div role="status" className="space-y-3"><span className="sr-only">{t('list.loading')}</span><Skeleton className="h-24" /><Skeleton className="h-24" /></div>
      ) : dossiers.isError ? (
        <Alert tone="danger" title={t('list.loadError')}>{t('list.checkConnection')}</Alert>
      ) : dossiers.data.length === 0 ? (
        <EmptyState icon={FolderOpen} title={t('list.emptyTitle')} description={t('list.emptyText')} action={create} />
      ) : (
        <ul className="grid gap-4" data-test="dossier-list">
          {dossiers.data.map((dossier) => (
            <li key={dossier.id} data-test="dossier-card" data-dossier-id={dossier.id}>
              <Link href={dossierPath(dossier.id)} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 text-slate-900 no-underline shadow-sm hover:border-brand-300 sm:flex-row sm:items-center sm:justify-between">
                <span className="space-y-1">
                  <span className="block text-lg font-semibold" data-test="dossier-card-title">{dossier.title}</span>
                  <span className="block text-sm text-slate-600">{t('list.updated', { program: labels(`program.${dossier.program_type}`), date: formatDate(dossier.updated_at, undefined, locale) })}</span>
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

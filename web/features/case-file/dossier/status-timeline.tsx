'use client';

import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime } from '../format';
import { STATUS_LABELS } from './labels';
import { StatusBadge } from './status-badge';
import { useStatusHistory } from './use-dossiers';

const ROLE_LABELS = { candidate: 'candidat', pro: 'professionnel', admin: 'administration' } as const;

/** The case's timeline: each status change, when, by whom, and the note left with it. */
export function StatusTimeline({ dossierId }: { dossierId: string }) {
  const history = useStatusHistory(dossierId);
  return (
    <Card title="Historique du dossier">
      {history.isPending ? (
        <div role="status"><span className="sr-only">Chargement de l&apos;historique…</span><Skeleton className="h-24" /></div>
      ) : history.isError ? (
        <Alert tone="danger">L&apos;historique n&apos;a pas pu être chargé.</Alert>
      ) : (
        <ol className="space-y-5 border-l-2 border-slate-200 pl-5" data-test="status-timeline">
          {history.data.map((change) => (
            <li key={change.id} className="relative" data-test="timeline-entry">
              <span aria-hidden="true" className="absolute -left-[27px] top-1.5 size-3 rounded-full border-2 border-white bg-brand-700" />
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={change.to_status} />
                <span className="sr-only">
                  {change.from_status ? `(avant : ${STATUS_LABELS[change.from_status]})` : '(création du dossier)'}
                </span>
                <time dateTime={change.created_at} className="text-sm text-slate-600">{formatDateTime(change.created_at)}</time>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {change.from_status ? 'Par ' : 'Dossier créé par '}
                {change.author ? `${change.author.full_name} (${ROLE_LABELS[change.author.role]})` : 'un membre qui a quitté la plateforme'}
              </p>
              {change.note ? <blockquote className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm text-slate-800">{change.note}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

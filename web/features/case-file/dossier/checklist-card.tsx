'use client';

import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { checklistState } from '../documents/labels';
import { formatDay } from '@/lib/format';
import { progressClasses } from '../progress-classes';
import { requestsByKind } from '../tasks/requests';
import { useDossierTasks } from '../tasks/use-tasks';
import type { ChecklistItem } from './queries';
import { useChecklist, useReadiness } from './use-dossiers';

const TO_PROVIDE = new Set(['missing', 'rejected', 'expired']);

/** What the candidate still has to provide, and what expires within 60 days. */
export function checklistSummary(items: ChecklistItem[]) {
  return {
    toProvide: items.filter((item) => TO_PROVIDE.has(item.state)),
    expiring: items.filter((item) => item.state === 'expiring'),
  };
}

/** Readiness, the required documents one by one, and what is missing or expiring. */
export function ChecklistCard({ dossierId }: { dossierId: string }) {
  const checklist = useChecklist(dossierId);
  const readiness = useReadiness(dossierId);
  const requested = requestsByKind(useDossierTasks(dossierId).data ?? []);
  const labelId = useId();
  const percent = readiness.data ?? 0;

  if (checklist.isPending) {
    return <Card title="Liste de contrôle"><div role="status"><span className="sr-only">Chargement de la liste de contrôle…</span><Skeleton className="h-40" /></div></Card>;
  }
  if (checklist.isError) {
    return <Card title="Liste de contrôle"><Alert tone="danger">La liste de contrôle n&apos;a pas pu être chargée.</Alert></Card>;
  }
  const { toProvide, expiring } = checklistSummary(checklist.data);
  return (
    <Card title="Liste de contrôle" description="Les documents que demande ce programme.">
      <div className="space-y-2" data-test="readiness">
        <div className="flex items-baseline justify-between gap-2">
          <p id={labelId} className="font-medium text-slate-900">Dossier complet à</p>
          <p className="text-2xl font-bold text-slate-900" data-test="readiness-percent">{percent} %</p>
        </div>
        <progress aria-labelledby={labelId} max={100} value={percent} className={progressClasses()} />
      </div>
      {toProvide.length > 0 ? (
        <Alert tone="warning" className="mt-4" title="À fournir" data-test="checklist-missing">
          {toProvide.map((item) => item.label).join(' · ')}
        </Alert>
      ) : null}
      {expiring.length > 0 ? (
        <Alert tone="info" className="mt-4" title="Expire bientôt" data-test="checklist-expiring">
          {expiring.map((item) => `${item.label}${item.expires_on ? ` (le ${formatDay(item.expires_on)})` : ''}`).join(' · ')}
        </Alert>
      ) : null}
      <ul className="mt-4 divide-y divide-slate-200" data-test="checklist">
        {checklist.data.map((item) => {
          const state = checklistState(item.state);
          const request = requested.get(item.kind);
          return (
            <li key={item.kind} className="flex flex-wrap items-center justify-between gap-2 py-3" data-test="checklist-item" data-kind={item.kind}>
              <span className="text-slate-900">
                {item.label}
                {request ? (
                  <span className="block text-sm font-medium text-amber-900" data-test="checklist-requested">
                    Demandé{request.due_on ? ` pour le ${formatDay(request.due_on)}` : ''}
                  </span>
                ) : null}
              </span>
              <span className="flex flex-wrap items-center gap-2">
                {item.expires_on && item.state !== 'missing' ? <span className="text-sm text-slate-600">jusqu&apos;au {formatDay(item.expires_on)}</span> : null}
                <Badge tone={state.tone}>{state.label}</Badge>
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { useDateLocale } from '@/components/ui/date-locale';
import { Skeleton } from '@/components/ui/skeleton';
import { useDocumentKindName } from '../documents/kind-name';
import { CHECKLIST_TONES, type ChecklistState } from '../documents/labels';
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
  const t = useTranslations('caseFile.checklist');
  const locale = useDateLocale();
  const day = (date: string) => formatDay(date, locale);
  const kindName = useDocumentKindName();
  const name = (item: ChecklistItem) => kindName(item.kind, item.label);
  const checklist = useChecklist(dossierId);
  const readiness = useReadiness(dossierId);
  const requested = requestsByKind(useDossierTasks(dossierId).data ?? []);
  const labelId = useId();
  const percent = readiness.data ?? 0;

  if (checklist.isPending) {
    return <Card title={t('title')}><div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-40" /></div></Card>;
  }
  if (checklist.isError) {
    return <Card title={t('title')}><Alert tone="danger">{t('loadError')}</Alert></Card>;
  }
  const { toProvide, expiring } = checklistSummary(checklist.data);
  return (
    <Card title={t('title')} description={t('description')}>
      <div className="space-y-2" data-test="readiness">
        <div className="flex items-baseline justify-between gap-2">
          <p id={labelId} className="font-medium text-slate-900">{t('readiness')}</p>
          <p className="text-2xl font-bold text-slate-900" data-test="readiness-percent">{t('percent', { percent })}</p>
        </div>
        <progress aria-labelledby={labelId} max={100} value={percent} className={progressClasses()} />
      </div>
      {toProvide.length > 0 ? (
        <Alert tone="warning" className="mt-4" title={t('toProvide')} data-test="checklist-missing">
          {toProvide.map(name).join(' · ')}
        </Alert>
      ) : null}
      {expiring.length > 0 ? (
        <Alert tone="info" className="mt-4" title={t('expiring')} data-test="checklist-expiring">
          {expiring.map((item) => (item.expires_on ? t('expiringOn', { label: name(item), date: day(item.expires_on) }) : name(item))).join(' · ')}
        </Alert>
      ) : null}
      <ul className="mt-4 divide-y divide-slate-200" data-test="checklist">
        {checklist.data.map((item) => {
          const state: ChecklistState = item.state in CHECKLIST_TONES ? (item.state as ChecklistState) : 'missing';
          const request = requested.get(item.kind);
          return (
            <li key={item.kind} className="flex flex-wrap items-center justify-between gap-2 py-3" data-test="checklist-item" data-kind={item.kind}>
              <span className="text-slate-900">
                {name(item)}
                {request ? (
                  <span className="block text-sm font-medium text-amber-900" data-test="checklist-requested">
                    {request.due_on ? t('requestedFor', { date: day(request.due_on) }) : t('requested')}
                  </span>
                ) : null}
              </span>
              <span className="flex flex-wrap items-center gap-2">
                {item.expires_on && item.state !== 'missing' ? <span className="text-sm text-slate-600">{t('until', { date: day(item.expires_on) })}</span> : null}
                <Badge tone={CHECKLIST_TONES[state]}>{t(`state.${state}`)}</Badge>
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

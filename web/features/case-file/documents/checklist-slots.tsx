'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import type { ChecklistItem } from '../dossier/queries';
import { ChecklistSlot } from './checklist-slot';
import type { DossierDocument } from './queries';

type ChecklistSlotsProps = {
  dossierId: string;
  checklist: { data?: ChecklistItem[]; isError: boolean };
  documents: DossierDocument[] | undefined;
};

/** The program's required documents, one upload slot each, in the program's order. */
export function ChecklistSlots({ dossierId, checklist, documents }: ChecklistSlotsProps) {
  const t = useTranslations('documents');
  const byId = new Map((documents ?? []).map((document) => [document.id, document]));
  return (
    <Card title={t('slotsTitle')} headingLevel="h3" description={t('slotsIntro')}>
      {checklist.isError ? (
        <Alert tone="danger">{t('slotsError')}</Alert>
      ) : !checklist.data ? (
        <div role="status"><span className="sr-only">{t('slotsLoading')}</span><Skeleton className="h-40" /></div>
      ) : (
        <ul className="divide-y divide-slate-200" data-test="checklist-slots">
          {checklist.data.map((item) => (
            <ChecklistSlot key={item.kind} dossierId={dossierId} item={item} document={item.document_id ? byId.get(item.document_id) : undefined} />
          ))}
        </ul>
      )}
    </Card>
  );
}

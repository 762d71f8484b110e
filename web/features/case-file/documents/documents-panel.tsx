'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import type { SelectOption } from '@/components/ui/select';
import type { ChecklistItem } from '../dossier/queries';
import { useChecklist, useDossier } from '../dossier/use-dossiers';
import { ChecklistSlots } from './checklist-slots';
import { DocumentList } from './document-list';
import { DocumentUpload } from './document-upload';
import type { DocumentKind } from './queries';
import { useDocumentKinds, useDocuments } from './use-documents';

/** "Other document" first (the form's default), then the required kinds in the program's order, then every other kind. */
export function kindOptionsFor(checklist: ChecklistItem[], kinds: DocumentKind[], say: { other: string; required: (label: string) => string }): SelectOption[] {
  const required = new Set(checklist.map((item) => item.kind));
  return [
    { value: '', label: say.other },
    ...checklist.map((item) => ({ value: item.kind, label: say.required(item.label) })),
    ...kinds.filter((kind) => !required.has(kind.code)).map((kind) => ({ value: kind.code, label: kind.label })),
  ];
}

type DocumentsPanelProps = { dossierId: string; viewerId: string; canUpload: boolean; canReview: boolean };

/** The candidate's upload slots first (on phones too), another document next, then every document of the dossier. */
export function DocumentsPanel({ dossierId, viewerId, canUpload, canReview }: DocumentsPanelProps) {
  const t = useTranslations('documents');
  const documents = useDocuments(dossierId);
  const kinds = useDocumentKinds();
  const checklist = useChecklist(dossierId, canUpload); // only the slots and the upload form need it
  const dossier = useDossier(dossierId); // already loaded by the page: the members' names
  const labels = useMemo(() => new Map((kinds.data ?? []).map((kind) => [kind.code, kind.label])), [kinds.data]);
  const kindLabel = (kind: string | null) => (kind ? labels.get(kind) ?? kind : t('otherKind'));
  const kindOptions = canUpload && checklist.data && kinds.data
    ? kindOptionsFor(checklist.data, kinds.data, { other: t('otherKind'), required: (label) => t('required', { label }) })
    : null;
  const names = new Map<string, string>();
  for (const member of [dossier.data?.candidate, dossier.data?.pro]) if (member) names.set(member.id, member.full_name);

  return (
    <div className="space-y-6">
      {canUpload ? <ChecklistSlots dossierId={dossierId} checklist={checklist} documents={documents.data} /> : null}
      {canUpload ? (
        <Card title={t('otherTitle')} headingLevel="h3" description={t('otherDescription')}>
          {kindOptions ? <DocumentUpload dossierId={dossierId} kindOptions={kindOptions} /> : <Skeleton className="h-40" />}
        </Card>
      ) : null}
      <Card title={t('listTitle')} headingLevel="h3">
        {documents.isPending ? (
          <div role="status" className="space-y-3"><span className="sr-only">{t('loading')}</span><Skeleton className="h-16" /><Skeleton className="h-16" /></div>
        ) : documents.isError ? (
          <Alert tone="danger">{t('loadError')}</Alert>
        ) : (
          <DocumentList dossierId={dossierId} documents={documents.data} kindLabel={kindLabel} viewerId={viewerId} canReview={canReview}
            kindOptions={kindOptions} uploaderName={(id) => names.get(id) ?? null} />
        )}
      </Card>
    </div>
  );
}

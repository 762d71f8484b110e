'use client';

import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import type { SelectOption } from '@/components/ui/select';
import type { ChecklistItem } from '../dossier/queries';
import { useChecklist } from '../dossier/use-dossiers';
import { DocumentList } from './document-list';
import { DocumentUpload } from './document-upload';
import type { DocumentKind } from './queries';
import { useDocumentKinds, useDocuments } from './use-documents';

export const OTHER_KIND_LABEL = 'Autre document';

/** Required kinds first (in the program's order), then every other kind, then "other". */
export function kindOptionsFor(checklist: ChecklistItem[], kinds: DocumentKind[]): SelectOption[] {
  const required = new Set(checklist.map((item) => item.kind));
  return [
    ...checklist.map((item) => ({ value: item.kind, label: `${item.label} (requis)` })),
    ...kinds.filter((kind) => !required.has(kind.code)).map((kind) => ({ value: kind.code, label: kind.label })),
    { value: '', label: OTHER_KIND_LABEL },
  ];
}

/** The first required document still to provide, to preselect in the upload form. */
export function suggestedKind(checklist: ChecklistItem[]): string {
  return checklist.find((item) => ['missing', 'rejected', 'expired'].includes(item.state))?.kind ?? '';
}

type DocumentsPanelProps = { dossierId: string; viewerId: string; canUpload: boolean; canReview: boolean };

export function DocumentsPanel({ dossierId, viewerId, canUpload, canReview }: DocumentsPanelProps) {
  const documents = useDocuments(dossierId);
  const kinds = useDocumentKinds();
  const checklist = useChecklist(dossierId, canUpload); // only the upload form needs it
  const labels = useMemo(() => new Map((kinds.data ?? []).map((kind) => [kind.code, kind.label])), [kinds.data]);
  const kindLabel = (kind: string | null) => (kind ? labels.get(kind) ?? kind : OTHER_KIND_LABEL);
  const kindOptions = canUpload && checklist.data && kinds.data ? kindOptionsFor(checklist.data, kinds.data) : null;

  return (
    <div className="space-y-6">
      {canUpload ? (
        <Card title="Déposer un document" headingLevel="h3" description="Choisissez le type, puis le fichier : par glisser-déposer ou avec le bouton.">
          {checklist.data && kinds.data ? (
            <DocumentUpload dossierId={dossierId} kindOptions={kindOptions ?? []} suggestedKind={suggestedKind(checklist.data)} />
          ) : (
            <Skeleton className="h-40" />
          )}
        </Card>
      ) : null}
      <Card title="Documents du dossier" headingLevel="h3">
        {documents.isPending ? (
          <div role="status" className="space-y-3"><span className="sr-only">Chargement des documents…</span><Skeleton className="h-16" /><Skeleton className="h-16" /></div>
        ) : documents.isError ? (
          <Alert tone="danger">Les documents n&apos;ont pas pu être chargés. Rechargez la page.</Alert>
        ) : (
          <DocumentList dossierId={dossierId} documents={documents.data} kindLabel={kindLabel} viewerId={viewerId} canReview={canReview} kindOptions={kindOptions} />
        )}
      </Card>
    </div>
  );
}

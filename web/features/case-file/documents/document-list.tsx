'use client';

import { FileStack } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { SelectOption } from '@/components/ui/select';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { todayIn } from '../tasks/due';
import { DocumentItem } from './document-item';
import type { DossierDocument } from './queries';
import type { DocumentDetails } from './schema';
import { CorrectDocumentDialog } from './correct-document-dialog';
import { DocumentPreviewDialog } from './document-preview-dialog';
import { RejectDocumentDialog } from './reject-document-dialog';
import { useCorrectDocument, useDeleteDocument, useDownloadDocument, useReviewDocument } from './use-documents';

type DocumentListProps = {
  dossierId: string;
  documents: DossierDocument[];
  kindLabel: (kind: string | null) => string;
  viewerId: string;
  /** The assigned pro or an admin: approves and rejects pending documents. */
  canReview: boolean;
  /** The kinds the uploader may choose when correcting one of their pending documents (null: no correction). */
  kindOptions: SelectOption[] | null;
  /** The name of a dossier member by id (null: not known to this viewer). */
  uploaderName: (id: string) => string | null;
};

export function DocumentList({ dossierId, documents, kindLabel, viewerId, canReview, kindOptions, uploaderName }: DocumentListProps) {
  const { explain } = useErrorText();
  const t = useTranslations('documents');
  const toast = useToast();
  const { timeZone } = useViewer();
  const remove = useDeleteDocument(dossierId);
  const review = useReviewDocument(dossierId);
  const download = useDownloadDocument();
  const correct = useCorrectDocument(dossierId);
  const [toDelete, setToDelete] = useState<DossierDocument | null>(null);
  const [toCorrect, setToCorrect] = useState<DossierDocument | null>(null);
  const [toReject, setToReject] = useState<DossierDocument | null>(null);
  const [toPreview, setToPreview] = useState<DossierDocument | null>(null);
  const fail = async (error: unknown) => toast.error(await explain(error));

  if (documents.length === 0) {
    return <EmptyState icon={FileStack} title={t('emptyTitle')} description={t('emptyText')} />;
  }

  const approve = (document: DossierDocument) =>
    review.mutate({ documentId: document.id, decision: 'approved' }, {
      onSuccess: () => toast.success(t('approved', { name: document.file_name })),
      onError: fail,
    });
  const reject = (reason: string) => {
    if (!toReject) return;
    const document = toReject;
    review.mutate({ documentId: document.id, decision: 'rejected', reason }, {
      onSuccess: () => {
        setToReject(null);
        toast.success(t('rejected', { name: document.file_name }));
      },
      onError: fail,
    });
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    const document = toDelete;
    remove.mutate(document, {
      onSuccess: () => {
        setToDelete(null);
        toast.success(t('deleted', { name: document.file_name }));
      },
      onError: fail,
    });
  };

  const save = (details: DocumentDetails) => {
    if (!toCorrect) return;
    const document = toCorrect;
    correct.mutate({ documentId: document.id, details }, {
      onSuccess: () => {
        setToCorrect(null);
        toast.success(t('corrected', { name: document.file_name }));
      },
      onError: fail,
    });
  };
  const today = todayIn(new Date(), timeZone);
  const mayCorrect = (document: DossierDocument) => kindOptions !== null && document.status === 'pending' && document.uploaded_by === viewerId;

  return (
    <>
      <ul className="divide-y divide-slate-200" data-test="document-list">
        {documents.map((document) => (
          <DocumentItem
            key={document.id}
            document={document}
            kindLabel={kindLabel(document.kind)}
            uploaderName={uploaderName(document.uploaded_by)}
            canDelete={document.status === 'pending' && document.uploaded_by === viewerId}
            canReview={canReview && document.status === 'pending'}
            busy={(review.isPending && review.variables?.documentId === document.id) || (download.isPending && download.variables?.file_name === document.file_name)}
            onDownload={() => download.mutate(document, { onError: fail })}
            onDelete={() => setToDelete(document)}
            onApprove={() => approve(document)}
            onReject={() => setToReject(document)}
            onPreview={canReview ? () => setToPreview(document) : undefined}
            onCorrect={mayCorrect(document) ? () => setToCorrect(document) : undefined}
            today={today}
          />
        ))}
      </ul>
      <Dialog
        open={toDelete !== null}
        onClose={() => setToDelete(null)}
        title={t('deleteTitle')}
        description={toDelete ? t('deleteText', { name: toDelete.file_name }) : undefined}
        footer={<>
          <Button variant="secondary" onClick={() => setToDelete(null)}>{t('cancel')}</Button>
          <Button variant="danger" loading={remove.isPending} onClick={confirmDelete} data-test="delete-confirm">{t('delete')}</Button>
        </>}
      />
      {toCorrect && kindOptions ? (
        <CorrectDocumentDialog key={toCorrect.id} document={toCorrect} kindOptions={kindOptions} pending={correct.isPending}
          onClose={() => setToCorrect(null)} onCorrect={save} />
      ) : null}
      <DocumentPreviewDialog
        document={toPreview}
        title={toPreview ? t('previewTitle', { kind: kindLabel(toPreview.kind), name: uploaderName(toPreview.uploaded_by) ?? '' }) : ''}
        onClose={() => setToPreview(null)}
        onDownload={(document) => download.mutate(document, { onError: fail })}
      />
      <RejectDocumentDialog fileName={toReject?.file_name ?? null} pending={review.isPending} onClose={() => setToReject(null)} onReject={reject} />
    </>
  );
}

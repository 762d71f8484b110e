'use client';

import { FileStack } from 'lucide-react';
import { useState } from 'react';
import type { SelectOption } from '@/components/ui/select';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { useToast } from '@/components/ui/toast';
import { explain } from '@/lib/supabase/explain-error';
import { DocumentItem } from './document-item';
import type { DossierDocument } from './queries';
import type { DocumentDetails } from './schema';
import { CorrectDocumentDialog } from './correct-document-dialog';
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
};

export function DocumentList({ dossierId, documents, kindLabel, viewerId, canReview, kindOptions }: DocumentListProps) {
  const toast = useToast();
  const remove = useDeleteDocument(dossierId);
  const review = useReviewDocument(dossierId);
  const download = useDownloadDocument();
  const correct = useCorrectDocument(dossierId);
  const [toDelete, setToDelete] = useState<DossierDocument | null>(null);
  const [toCorrect, setToCorrect] = useState<DossierDocument | null>(null);
  const [toReject, setToReject] = useState<DossierDocument | null>(null);
  const fail = async (error: unknown) => toast.error(await explain(error));

  if (documents.length === 0) {
    return <EmptyState icon={FileStack} title="Aucun document pour l'instant" description="Les fichiers déposés dans ce dossier apparaîtront ici avec leur statut." />;
  }

  const approve = (document: DossierDocument) =>
    review.mutate({ documentId: document.id, decision: 'approved' }, {
      onSuccess: () => toast.success(`« ${document.file_name} » est approuvé.`),
      onError: fail,
    });
  const reject = (reason: string) => {
    if (!toReject) return;
    const document = toReject;
    review.mutate({ documentId: document.id, decision: 'rejected', reason }, {
      onSuccess: () => {
        setToReject(null);
        toast.success(`« ${document.file_name} » est refusé ; le candidat voit le motif.`);
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
        toast.success(`« ${document.file_name} » est supprimé.`);
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
        toast.success(`« ${document.file_name} » est corrigé.`);
      },
      onError: fail,
    });
  };
  const mayCorrect = (document: DossierDocument) => kindOptions !== null && document.status === 'pending' && document.uploaded_by === viewerId;

  return (
    <>
      <ul className="divide-y divide-slate-200" data-test="document-list">
        {documents.map((document) => (
          <DocumentItem
            key={document.id}
            document={document}
            kindLabel={kindLabel(document.kind)}
            canDelete={document.status === 'pending' && document.uploaded_by === viewerId}
            canReview={canReview && document.status === 'pending'}
            busy={(review.isPending && review.variables?.documentId === document.id) || (download.isPending && download.variables?.file_name === document.file_name)}
            onDownload={() => download.mutate(document, { onError: fail })}
            onDelete={() => setToDelete(document)}
            onApprove={() => approve(document)}
            onReject={() => setToReject(document)}
            onCorrect={mayCorrect(document) ? () => setToCorrect(document) : undefined}
          />
        ))}
      </ul>
      <Dialog
        open={toDelete !== null}
        onClose={() => setToDelete(null)}
        title="Supprimer ce document ?"
        description={toDelete ? `« ${toDelete.file_name} » sera retiré du dossier. Vous pourrez en déposer un autre.` : undefined}
        footer={<>
          <Button variant="secondary" onClick={() => setToDelete(null)}>Annuler</Button>
          <Button variant="danger" loading={remove.isPending} onClick={confirmDelete} data-test="delete-confirm">Supprimer</Button>
        </>}
      />
      {toCorrect && kindOptions ? (
        <CorrectDocumentDialog key={toCorrect.id} document={toCorrect} kindOptions={kindOptions} pending={correct.isPending}
          onClose={() => setToCorrect(null)} onCorrect={save} />
      ) : null}
      <RejectDocumentDialog fileName={toReject?.file_name ?? null} pending={review.isPending} onClose={() => setToReject(null)} onReject={reject} />
    </>
  );
}

'use client';

import { Download, FileText, PencilLine, Trash2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/components/ui/file-rules';
import { formatDate, formatDay } from '@/lib/format';
import type { DossierDocument } from './queries';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUS_TONES } from './labels';

type DocumentItemProps = {
  document: DossierDocument;
  kindLabel: string;
  canDelete: boolean;
  canReview: boolean;
  busy: boolean;
  onDownload: () => void;
  onDelete: () => void;
  onApprove: () => void;
  onReject: () => void;
  /** Given when the viewer may correct the kind and expiry (the uploader, while pending). */
  onCorrect?: () => void;
};

/** One document: what it is, its review status and reason, and what the viewer may do with it. */
export function DocumentItem({ document, kindLabel, canDelete, canReview, busy, onDownload, onDelete, onApprove, onReject, onCorrect }: DocumentItemProps) {
  // The file name completes each action's accessible name ("Supprimer passeport.pdf").
  const name = <>{' '}<span className="sr-only">{document.file_name}</span></>;
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-start" data-test="document-item" data-document-id={document.id}>
      <FileText aria-hidden="true" className="hidden size-6 shrink-0 text-slate-500 sm:block" />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium text-slate-900">{kindLabel}</p>
          <Badge tone={DOCUMENT_STATUS_TONES[document.status]}><span data-test="document-status">{DOCUMENT_STATUS_LABELS[document.status]}</span></Badge>
        </div>
        <p className="break-all text-sm text-slate-700" data-test="document-name">{document.file_name}</p>
        <p className="text-sm text-slate-600">
          {formatBytes(document.size_bytes)} · déposé le {formatDate(document.created_at)}
          {document.expires_on ? ` · expire le ${formatDay(document.expires_on)}` : ''}
        </p>
        {document.status === 'rejected' && document.rejection_reason ? (
          <p className="rounded-md bg-red-50 p-2 text-sm text-red-900" data-test="document-rejection">
            <span className="font-medium">Motif du refus : </span>{document.rejection_reason}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={onDownload} disabled={busy} data-test="document-download">
          <Download aria-hidden="true" className="size-4" />Télécharger{name}
        </Button>
        {canReview ? (
          <>
            <Button size="sm" onClick={onApprove} disabled={busy} data-test="document-approve">Approuver{name}</Button>
            <Button variant="danger" size="sm" onClick={onReject} disabled={busy} data-test="document-reject">Refuser{name}</Button>
          </>
        ) : null}
        {onCorrect ? (
          <Button variant="ghost" size="sm" onClick={onCorrect} disabled={busy} data-test="document-correct">
            <PencilLine aria-hidden="true" className="size-4" />Corriger{name}
          </Button>
        ) : null}
        {canDelete ? (
          <Button variant="ghost" size="sm" onClick={onDelete} disabled={busy} data-test="document-delete">
            <Trash2 aria-hidden="true" className="size-4" />Supprimer{name}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

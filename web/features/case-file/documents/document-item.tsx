'use client';

import { Check, Download, Eye, FileText, PencilLine, Trash2, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatBytes } from '@/components/ui/file-rules';
import { formatDate, formatDay } from '@/lib/format';
import type { DossierDocument } from './queries';
import { DOCUMENT_STATUS_TONES } from './labels';

type DocumentItemProps = {
  document: DossierDocument;
  kindLabel: string;
  /** Who uploaded it, when the viewer may know (the dossier's candidate or pro). */
  uploaderName?: string | null;
  canDelete: boolean;
  canReview: boolean;
  busy: boolean;
  onDownload: () => void;
  onDelete: () => void;
  onApprove: () => void;
  onReject: () => void;
  /** Given to reviewers: opens the file in the page. */
  onPreview?: () => void;
  /** Given when the viewer may correct the kind and expiry (the uploader, while pending). */
  onCorrect?: () => void;
  /** The viewer's today (YYYY-MM-DD in their zone): an expiry before it is said in the past. */
  today: string;
};

/** One document: what it is, whose, its review status and reason, and what the viewer may do with it. */
export function DocumentItem(props: DocumentItemProps) {
  const { document, kindLabel, uploaderName, canDelete, canReview, busy, onDownload, onDelete, onApprove, onReject, onPreview, onCorrect, today } = props;
  const t = useTranslations('documents');
  const status = useTranslations('labels.documentStatus');
  // The file name completes each action's accessible name ("Supprimer passeport.pdf").
  const name = <>{' '}<span className="sr-only">{document.file_name}</span></>;
  return (
    <li className="space-y-3 py-4" data-test="document-item" data-document-id={document.id}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <FileText aria-hidden="true" className="hidden size-6 shrink-0 text-slate-500 sm:block" />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <p className="font-medium text-slate-900">{kindLabel}</p>
            <Badge tone={DOCUMENT_STATUS_TONES[document.status]}><span data-test="document-status">{status(document.status)}</span></Badge>
          </div>
          {uploaderName ? <p className="text-sm font-medium text-slate-800" data-test="document-uploader">{t('uploadedBy', { name: uploaderName })}</p> : null}
          <p className="break-all text-sm text-slate-700" data-test="document-name">{document.file_name}</p>
          <p className="text-sm text-slate-600">
            {formatBytes(document.size_bytes)} · {t('uploadedOn', { date: formatDate(document.created_at) })}
            {document.expires_on ? ` · ${t(document.expires_on < today ? 'expiredSince' : 'expiresOn', { date: formatDay(document.expires_on) })}` : ''}
          </p>
          {document.status === 'rejected' && document.rejection_reason ? (
            <p className="rounded-md bg-red-50 p-2 text-sm text-red-900" data-test="document-rejection">
              <span className="font-medium">{t('rejectionLabel')} </span>{document.rejection_reason}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {onPreview ? (
            <Button variant="secondary" size="sm" onClick={onPreview} disabled={busy} data-test="document-preview">
              <Eye aria-hidden="true" className="size-4" />{t('preview')}{name}
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={onDownload} disabled={busy} data-test="document-download">
            <Download aria-hidden="true" className="size-4" />{t('download')}{name}
          </Button>
          {onCorrect ? (
            <Button variant="ghost" size="sm" onClick={onCorrect} disabled={busy} data-test="document-correct">
              <PencilLine aria-hidden="true" className="size-4" />{t('correct')}{name}
            </Button>
          ) : null}
          {canDelete ? (
            <Button variant="ghost" size="sm" onClick={onDelete} disabled={busy} data-test="document-delete">
              <Trash2 aria-hidden="true" className="size-4" />{t('delete')}{name}
            </Button>
          ) : null}
        </div>
      </div>
      {canReview ? (
        // The decision apart from the other actions, its two answers at opposite ends: no slip from one to the other.
        <div className="flex flex-col gap-4 rounded-md border border-slate-200 bg-slate-50 p-3 sm:flex-row sm:justify-between" data-test="document-decision">
          <Button variant="danger" onClick={onReject} disabled={busy} data-test="document-reject">
            <X aria-hidden="true" className="size-4" />{t('reject')}{name}
          </Button>
          <Button onClick={onApprove} disabled={busy} data-test="document-approve">
            <Check aria-hidden="true" className="size-4" />{t('approve')}{name}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

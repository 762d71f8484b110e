'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Skeleton } from '@/components/ui/skeleton';
import { loadSupabase } from '@/lib/supabase/lazy';
import { signedPreviewUrl } from './mutations';
import type { DossierDocument } from './queries';

/** Formats the browser shows by itself; others are downloaded. */
export function previewKind(mimeType: string): 'image' | 'pdf' | null {
  if (mimeType === 'application/pdf') return 'pdf';
  if (['image/jpeg', 'image/png', 'image/webp'].includes(mimeType)) return 'image';
  return null;
}

type DocumentPreviewDialogProps = {
  document: DossierDocument | null;
  /** "Passeport de Amina Diallo": what the reviewer is looking at, and whose. */
  title: string;
  onClose: () => void;
  onDownload: (document: DossierDocument) => void;
};

/** The reviewer sees the file in the page, through a short-lived signed link (Storage policies decide). */
export function DocumentPreviewDialog({ document, title, onClose, onDownload }: DocumentPreviewDialogProps) {
  const t = useTranslations('documents');
  const kind = document ? previewKind(document.mime_type) : null;
  const url = useQuery({
    queryKey: ['documents', 'preview', document?.id],
    queryFn: async () => signedPreviewUrl(await loadSupabase(), document!),
    enabled: kind !== null,
    staleTime: 60_000, // well within the link's five minutes
    gcTime: 0,
  });
  return (
    <Dialog
      open={document !== null}
      onClose={onClose}
      title={title}
      description={document?.file_name}
      className="sm:max-w-3xl"
      footer={<>
        {document ? <Button variant="secondary" onClick={() => onDownload(document)}>{t('download')}</Button> : null}
        <Button onClick={onClose}>{t('close')}</Button>
      </>}
    >
      {!document ? null : kind === null ? (
        <Alert tone="info">{t('previewNone')}</Alert>
      ) : url.isError ? (
        <Alert tone="danger">{t('previewError')}</Alert>
      ) : !url.data ? (
        <div role="status"><span className="sr-only">{t('previewLoading')}</span><Skeleton className="h-96" /></div>
      ) : kind === 'image' ? (
        <img src={url.data} alt={t('previewFrame', { name: document.file_name })} className="mx-auto max-h-[65vh] w-auto rounded-md" data-test="document-preview-image" />
      ) : (
        <iframe src={url.data} title={t('previewFrame', { name: document.file_name })} className="h-[65vh] w-full rounded-md border border-slate-200" data-test="document-preview-pdf" />
      )}
    </Dialog>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import { documentDetailsSchema, DOCUMENT_RULES, type DocumentDetails } from './schema';
import { UploadStatus } from './upload-status';
import { useDocumentUpload } from './use-document-upload';

type DocumentUploadProps = {
  dossierId: string;
  /** Kinds to offer, the program's required ones first, "other" selected at first. */
  kindOptions: SelectOption[];
};

/**
 * Any other document: its kind and expiry first, then the file, dropped or chosen with the button
 * (the keyboard alternative). Required documents have their own slots; after a file lands the
 * form goes back to "other document", so it never keeps a kind by mistake.
 */
export function DocumentUpload({ dossierId, kindOptions }: DocumentUploadProps) {
  const t = useTranslations('documents');
  const upload = useDocumentUpload(dossierId);
  const busy = upload.state.phase === 'uploading';
  const { register, handleSubmit, reset, formState: { errors } } = useForm<DocumentDetails>({
    resolver: zodResolver(documentDetailsSchema),
    defaultValues: { kind: '', expiresOn: '' },
  });
  const landed = upload.state.phase === 'done';
  useEffect(() => {
    if (landed) reset({ kind: '', expiresOn: '' });
  }, [landed, reset]);

  const onFiles = ([file]: File[]) => {
    if (file) void handleSubmit((details) => upload.start(file, details))();
  };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-4" data-test="document-upload">
      <div className="grid gap-4 sm:grid-cols-2">
        <Select label={t('kind')} options={kindOptions} disabled={busy} data-test="document-kind" {...register('kind')} />
        <Input
          label={t('expiryLabel')}
          hint={t('expiryHint')}
          type="date"
          disabled={busy}
          data-test="document-expires-on"
          error={errors.expiresOn?.message ? t(errors.expiresOn.message as 'invalidDate') : undefined}
          {...register('expiresOn')}
        />
      </div>
      <FileDropZone
        label={t('file')}
        accept={DOCUMENT_RULES.accept}
        maxBytes={DOCUMENT_RULES.maxBytes}
        hint={`${t('limits')} ${t('sendsAtOnce')}`}
        buttonLabel={busy ? t('sending') : t('chooseFile')}
        disabled={busy}
        onFiles={onFiles}
      />
      <UploadStatus state={upload.state} onCancel={upload.cancel} />
    </form>
  );
}

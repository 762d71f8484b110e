'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { FileDropZone } from '@/components/ui/file-drop-zone';
import { describeLimits } from '@/components/ui/file-rules';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import { documentDetailsSchema, DOCUMENT_RULES, type DocumentDetails } from './schema';
import { UploadStatus } from './upload-status';
import { useDocumentUpload } from './use-document-upload';

type DocumentUploadProps = {
  dossierId: string;
  /** Kinds to offer, the program's required ones first. */
  kindOptions: SelectOption[];
  /** The kind to preselect: the first required document still missing. */
  suggestedKind: string;
};

/**
 * Kind and expiry first, then the file: dropped, or chosen with the button (the keyboard
 * alternative). Type and size are checked before anything is sent; the upload shows progress.
 */
export function DocumentUpload({ dossierId, kindOptions, suggestedKind }: DocumentUploadProps) {
  const upload = useDocumentUpload(dossierId);
  const busy = upload.state.phase === 'uploading';
  const { register, handleSubmit, reset, formState: { errors } } = useForm<DocumentDetails>({
    resolver: zodResolver(documentDetailsSchema),
    defaultValues: { kind: suggestedKind, expiresOn: '' },
  });
  // Once a file has landed, the form moves on to the next document still missing.
  const landed = upload.state.phase === 'done';
  useEffect(() => {
    if (landed) reset({ kind: suggestedKind, expiresOn: '' });
  }, [landed, suggestedKind, reset]);

  const onFiles = ([file]: File[]) => {
    if (file) void handleSubmit((details) => upload.start(file, details))();
  };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-4" data-test="document-upload">
      <div className="grid gap-4 sm:grid-cols-2">
        <Select label="Type de document" options={kindOptions} disabled={busy} data-test="document-kind" error={errors.kind?.message} {...register('kind')} />
        <Input
          label="Date d'expiration (facultatif)"
          hint="Si le document en porte une."
          type="date"
          disabled={busy}
          data-test="document-expires-on"
          error={errors.expiresOn?.message}
          {...register('expiresOn')}
        />
      </div>
      <FileDropZone
        label="Fichier"
        accept={DOCUMENT_RULES.accept}
        maxBytes={DOCUMENT_RULES.maxBytes}
        hint={`${describeLimits(DOCUMENT_RULES)} L'envoi commence dès que le fichier est choisi.`}
        buttonLabel={busy ? 'Envoi en cours…' : 'Choisir un fichier'}
        disabled={busy}
        onFiles={onFiles}
      />
      <UploadStatus state={upload.state} onCancel={upload.cancel} />
    </form>
  );
}

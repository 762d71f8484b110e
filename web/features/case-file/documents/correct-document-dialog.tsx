'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import type { DossierDocument } from './queries';
import { documentDetailsSchema, type DocumentDetails } from './schema';

type CorrectDocumentDialogProps = {
  document: DossierDocument;
  kindOptions: SelectOption[];
  pending: boolean;
  onClose: () => void;
  onCorrect: (details: DocumentDetails) => void;
};

/** The uploader fixes the kind or the expiry date of a document still awaiting review. */
export function CorrectDocumentDialog({ document, kindOptions, pending, onClose, onCorrect }: CorrectDocumentDialogProps) {
  const t = useTranslations('documents');
  const { register, handleSubmit, formState: { errors } } = useForm<DocumentDetails>({
    resolver: zodResolver(documentDetailsSchema),
    defaultValues: { kind: document.kind ?? '', expiresOn: document.expires_on ?? '' },
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('correctTitle')}
      description={t('correctText', { name: document.file_name })}
      footer={<>
        <Button variant="secondary" onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" form="correct-document-form" loading={pending} data-test="correct-confirm">{t('save')}</Button>
      </>}
    >
      <form id="correct-document-form" noValidate className="space-y-4" onSubmit={handleSubmit(onCorrect)}>
        <Select label={t('kind')} options={kindOptions} data-autofocus data-test="correct-kind" {...register('kind')} />
        <Input label={t('expiryLabel')} type="date" data-test="correct-expires-on"
          error={errors.expiresOn?.message ? t(errors.expiresOn.message as 'invalidDate') : undefined} {...register('expiresOn')} />
      </form>
    </Dialog>
  );
}

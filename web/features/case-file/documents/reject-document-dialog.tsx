'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/textarea';
import { formatNumber } from '@/lib/format';
import { REASON_MAX_LENGTH, rejectionSchema, type RejectionValues } from './schema';

type RejectDocumentDialogProps = {
  fileName: string | null;
  pending: boolean;
  onClose: () => void;
  onReject: (reason: string) => void;
};

/** Rejecting needs a reason the candidate will read (the database refuses an empty one too). */
export function RejectDocumentDialog({ fileName, pending, onClose, onReject }: RejectDocumentDialogProps) {
  const t = useTranslations('documents');
  return (
    <Dialog
      open={fileName !== null}
      onClose={onClose}
      title={t('rejectTitle')}
      description={fileName ? t('rejectText', { name: fileName }) : undefined}
      footer={<>
        <Button variant="secondary" onClick={onClose}>{t('cancel')}</Button>
        <Button variant="danger" type="submit" form="reject-document-form" loading={pending} data-test="reject-confirm">{t('rejectConfirm')}</Button>
      </>}
    >
      {/* Mounted with each opening (and keyed by file): every document starts with an empty reason and no error. */}
      <ReasonForm key={fileName} onReject={onReject} />
    </Dialog>
  );
}

function ReasonForm({ onReject }: { onReject: (reason: string) => void }) {
  const t = useTranslations('documents');
  const locale = useLocale();
  const { register, handleSubmit, control, formState: { errors } } = useForm<RejectionValues>({
    resolver: zodResolver(rejectionSchema),
    defaultValues: { reason: '' },
  });
  const reason = useWatch({ control, name: 'reason' });
  return (
    <form id="reject-document-form" noValidate onSubmit={handleSubmit(({ reason: value }) => onReject(value))}>
      <Textarea
        label={t('rejectReason')}
        hint={t('characters', { count: formatNumber(reason.length, locale), max: formatNumber(REASON_MAX_LENGTH, locale) })}
        required
        rows={4}
        data-autofocus
        data-test="reject-reason"
        error={errors.reason?.message ? t(errors.reason.message as 'reasonRequired' | 'reasonTooLong') : undefined}
        {...register('reason')}
      />
    </form>
  );
}

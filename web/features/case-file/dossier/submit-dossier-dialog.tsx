'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Dossier } from './queries';
import { statusChangeSchema, type StatusChangeValues } from './schema';
import type { SubmitReadiness } from './submit-readiness';
import { useChangeDossierStatus } from './use-dossiers';

/**
 * Submitting (or resubmitting) a dossier, with an optional note for the consultant and, when the
 * checklist is not complete, a warning naming what is missing. Mounted while open: each opening is clean.
 */
export function SubmitDossierDialog({ dossier, readiness, onClose }: { dossier: Dossier; readiness: SubmitReadiness; onClose: () => void }) {
  const { explain } = useErrorText();
  const fieldError = useFieldError();
  const toast = useToast();
  const change = useChangeDossierStatus(dossier.id);
  const t = useTranslations('submitDossier');
  const resubmit = dossier.status === 'action_required';
  const { register, handleSubmit, formState: { errors } } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { toStatus: 'submitted', note: '' },
  });

  const onSubmit = handleSubmit((values) =>
    change.mutateAsync(values).then(
      () => {
        onClose();
        toast.success(resubmit ? t('resubmitted') : t('submitted'));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Dialog
      open
      onClose={onClose}
      title={resubmit ? t('confirmResubmitTitle') : t('confirmTitle')}
      description={resubmit ? t('confirmResubmitText') : t('confirmText')}
      footer={<>
        <Button variant="secondary" onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" form="submit-dossier-form" loading={change.isPending} data-test="dossier-submit-confirm">
          {readiness.state === 'incomplete' ? t('submitAnyway') : t('confirm')}
        </Button>
      </>}
    >
      {readiness.state === 'incomplete' ? (
        <Alert tone="warning" title={t('incompleteTitle')} className="mb-4" data-test="dossier-submit-warning">
          {t('incompleteText', { documents: readiness.missing.join(', ') })}
        </Alert>
      ) : readiness.state === 'complete' ? (
        <p className="mb-4 text-slate-800" data-test="dossier-submit-complete">{t('complete')}</p>
      ) : null}
      <form id="submit-dossier-form" noValidate onSubmit={onSubmit}>
        <Textarea
          label={t('note')}
          hint={t('noteHint')}
          rows={3}
          data-autofocus
          error={fieldError(errors.note?.message)}
          {...register('note')}
        />
      </form>
    </Dialog>
  );
}

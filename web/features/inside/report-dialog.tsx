'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { REPORT_REASONS } from './labels';
import type { ReportTarget } from './mutations';
import { REPORT_DETAILS_MAX, reportSchema, type ReportValues } from './schema';
import { useReport } from './use-comment-mutations';

type ReportDialogProps = { open: boolean; onClose: () => void; postId: string; target: ReportTarget };

/** Report a post or a comment to moderators, with a reason and optional details. */
export function ReportDialog({ open, onClose, postId, target }: ReportDialogProps) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const fieldError = useFieldError();
  const toast = useToast();
  const report = useReport(postId);
  const reasonOptions = REPORT_REASONS.map((value) => ({ value, label: t(`reportReason.${value}`) }));
  const formId = useId();
  const { register, handleSubmit, reset, formState: { errors } } = useForm<ReportValues>({
    resolver: zodResolver(reportSchema),
    defaultValues: { reason: 'spam', details: '' },
  });
  const close = () => {
    reset();
    onClose();
  };
  const submit = handleSubmit((values) =>
    report.mutateAsync({ target, values }).then(
      () => {
        toast.success(t('reportSent'));
        close();
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title={target.kind === 'post' ? t('reportPostTitle') : t('reportCommentTitle')}
      description={t('reportText')}
      footer={<>
        <Button variant="secondary" onClick={close}>{t('cancel')}</Button>
        <Button type="submit" form={formId} variant="danger" loading={report.isPending} data-test="report-submit">{t('reportSend')}</Button>
      </>}
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4" data-test="report-form">
        <Select label={t('reportReasonLabel')} options={reasonOptions} error={fieldError(errors.reason?.message)} data-autofocus data-test="report-reason" {...register('reason')} />
        <Textarea label={t('reportDetails')} rows={3} hint={t('reportDetailsHint', { max: REPORT_DETAILS_MAX })} error={fieldError(errors.details?.message)} data-test="report-details" {...register('details')} />
      </form>
    </Dialog>
  );
}

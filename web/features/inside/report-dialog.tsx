'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { explain } from '@/lib/supabase/explain-error';
import { REPORT_REASON_LABELS, REPORT_REASONS } from './labels';
import type { ReportTarget } from './mutations';
import { REPORT_DETAILS_MAX, reportSchema, type ReportValues } from './schema';
import { useReport } from './use-comment-mutations';

const REASON_OPTIONS = REPORT_REASONS.map((value) => ({ value, label: REPORT_REASON_LABELS[value] }));

type ReportDialogProps = { open: boolean; onClose: () => void; postId: string; target: ReportTarget };

/** Report a post or a comment to moderators, with a reason and optional details. */
export function ReportDialog({ open, onClose, postId, target }: ReportDialogProps) {
  const toast = useToast();
  const report = useReport(postId);
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
        toast.success('Merci : votre signalement a été transmis aux modérateurs.');
        close();
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );
  const what = target.kind === 'post' ? 'cette publication' : 'ce commentaire';

  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Signaler ${what}`}
      description="Les modérateurs examinent chaque signalement. Signalé par plusieurs membres établis, un contenu est masqué en attendant leur décision."
      footer={<>
        <Button variant="secondary" onClick={close}>Annuler</Button>
        <Button type="submit" form={formId} variant="danger" loading={report.isPending} data-test="report-submit">Envoyer le signalement</Button>
      </>}
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4" data-test="report-form">
        <Select label="Raison" options={REASON_OPTIONS} error={errors.reason?.message} data-autofocus data-test="report-reason" {...register('reason')} />
        <Textarea label="Précisions (facultatif)" rows={3} hint={`${REPORT_DETAILS_MAX} caractères au maximum.`} error={errors.details?.message} data-test="report-details" {...register('details')} />
      </form>
    </Dialog>
  );
}

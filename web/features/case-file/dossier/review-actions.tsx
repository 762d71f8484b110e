'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Dossier } from './queries';
import { staffTransitions } from './labels';
import { statusChangeSchema, type StatusChangeValues } from './schema';
import { useChangeDossierStatus } from './use-dossiers';

/** The assigned pro (or an admin) moves the dossier on, with a note kept in its timeline. Key it by
 * status: the choices (and the form) start afresh at each step. */
export function ReviewActions({ dossier }: { dossier: Dossier }) {
  const t = useTranslations('caseFile.review');
  const labels = useTranslations('labels');
  const { explain } = useErrorText();
  const fieldError = useFieldError();
  const toast = useToast();
  const change = useChangeDossierStatus(dossier.id);
  const options = staffTransitions(dossier.status);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { toStatus: options[0] ?? dossier.status, note: '' },
  });

  const onSubmit = handleSubmit((values) =>
    change.mutateAsync(values).then(
      () => {
        reset();
        toast.success(t('changed', { status: labels(`dossierStatus.${values.toStatus}`) }));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Card title={t('title')} description={t('description')}>
      {options.length === 0 ? (
        <p className="text-slate-700">
          {dossier.status === 'draft' ? t('notSubmitted') : t('noChange')}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4" data-test="review-status-form">
          <Select
            label={t('status')}
            options={options.map((status) => ({ value: status, label: labels(`dossierStatus.${status}`) }))}
            data-test="review-status"
            error={fieldError(errors.toStatus?.message)}
            {...register('toStatus')}
          />
          <Textarea
            label={t('note')}
            hint={t('noteHint')}
            rows={3}
            data-test="review-note"
            error={fieldError(errors.note?.message)}
            {...register('note')}
          />
          <Button type="submit" loading={change.isPending} data-test="review-submit">{t('submit')}</Button>
        </form>
      )}
    </Card>
  );
}

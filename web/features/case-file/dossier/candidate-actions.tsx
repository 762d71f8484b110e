'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { routes } from '@/lib/routes';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { EditDetailsDialog } from './edit-details-dialog';
import type { Dossier } from './queries';
import { candidateCanSubmit } from './labels';
import { statusChangeSchema, type StatusChangeValues } from './schema';
import { submitReadiness } from './submit-readiness';
import { useChangeDossierStatus, useChecklist, useDeleteDraft } from './use-dossiers';

/**
 * The candidate's moves: submit a draft, resubmit after a request for changes, rename either,
 * delete a draft. Submitting follows the checklist: blocked while a document is refused or expired
 * (the database refuses it too), offered after a warning naming what is missing, else the main button.
 */
export function CandidateActions({ dossier }: { dossier: Dossier }) {
  const { explain } = useErrorText();
  const fieldError = useFieldError();
  const router = useRouter();
  const toast = useToast();
  const change = useChangeDossierStatus(dossier.id);
  const remove = useDeleteDraft(dossier.id);
  const t = useTranslations('submitDossier');
  const blockedId = useId();
  const checklist = useChecklist(dossier.id, candidateCanSubmit(dossier.status));
  const readiness = submitReadiness(checklist.data);
  const [submitting, setSubmitting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const resubmit = dossier.status === 'action_required';
  const { register, handleSubmit, reset, formState: { errors } } = useForm<StatusChangeValues>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { toStatus: 'submitted', note: '' },
  });

  if (!candidateCanSubmit(dossier.status)) return null;

  // Closing forgets what was typed and any error: the dialog opens clean each time.
  const closeSubmit = () => {
    reset();
    setSubmitting(false);
  };

  const onSubmit = handleSubmit((values) =>
    change.mutateAsync(values).then(
      () => {
        setSubmitting(false);
        reset();
        toast.success(resubmit ? t('resubmitted') : t('submitted'));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );
  const onDelete = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(t('deleted'));
        router.push(routes.dossiers);
      },
      onError: async (error) => toast.error(await explain(error)),
    });

  return (
    <div className="flex flex-wrap gap-3">
      <Button onClick={() => setSubmitting(true)} data-test="dossier-submit" data-readiness={readiness.state}
        variant={readiness.state === 'complete' ? 'primary' : 'secondary'} disabled={readiness.state === 'loading' || readiness.state === 'blocked'}
        aria-describedby={readiness.state === 'blocked' ? blockedId : undefined}>
        {resubmit ? t('resubmit') : t('submit')}
      </Button>
      <Button variant="secondary" onClick={() => setEditing(true)} data-test="dossier-edit">{t('edit')}</Button>
      {dossier.status === 'draft' ? (
        <Button variant="ghost" onClick={() => setDeleting(true)} data-test="dossier-delete">{t('deleteDraft')}</Button>
      ) : null}
      {readiness.state === 'blocked' ? (
        <p id={blockedId} className="basis-full text-sm font-medium text-red-800" data-test="dossier-submit-blocked">
          {t('blocked', { documents: readiness.toReplace.join(', ') })}
        </p>
      ) : null}
      <EditDetailsDialog dossier={dossier} open={editing} onClose={() => setEditing(false)} />
      <Dialog
        open={submitting}
        onClose={closeSubmit}
        title={resubmit ? t('confirmResubmitTitle') : t('confirmTitle')}
        description={resubmit ? t('confirmResubmitText') : t('confirmText')}
        footer={<>
          <Button variant="secondary" onClick={closeSubmit}>{t('cancel')}</Button>
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
      <Dialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={t('deleteTitle')}
        description={t('deleteText')}
        footer={<>
          <Button variant="secondary" onClick={() => setDeleting(false)}>{t('cancel')}</Button>
          <Button variant="danger" loading={remove.isPending} onClick={onDelete} data-test="dossier-delete-confirm">{t('delete')}</Button>
        </>}
      />
    </div>
  );
}

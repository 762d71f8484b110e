'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { loadOnIntent } from '@/components/ui/load-on-intent';
import { useToast } from '@/components/ui/toast';
import { routes } from '@/lib/routes';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Dossier } from './queries';
import { candidateCanSubmit } from './labels';
import { submitReadiness } from './submit-readiness';
import { useChecklist, useDeleteDraft } from './use-dossiers';

// The two forms (react-hook-form, zod) load when a pointer or the focus reaches their button, not
// with the page: the buttons are in its first paint, their dialogs are not needed until then.
const importSubmitDialog = () => import('./submit-dossier-dialog');
const importEditDialog = () => import('./edit-details-dialog');
const SubmitDossierDialog = dynamic(() => importSubmitDialog().then((m) => m.SubmitDossierDialog), { ssr: false });
const EditDetailsDialog = dynamic(() => importEditDialog().then((m) => m.EditDetailsDialog), { ssr: false });

/**
 * The candidate's moves: submit a draft, resubmit after a request for changes, rename either,
 * delete a draft. Submitting follows the checklist: blocked while a document is refused or expired
 * (the database refuses it too), offered after a warning naming what is missing, else the main button.
 */
export function CandidateActions({ dossier }: { dossier: Dossier }) {
  const { explain } = useErrorText();
  const router = useRouter();
  const toast = useToast();
  const remove = useDeleteDraft(dossier.id);
  const t = useTranslations('submitDossier');
  const blockedId = useId();
  const checklist = useChecklist(dossier.id, candidateCanSubmit(dossier.status));
  const readiness = submitReadiness(checklist.data);
  const [open, setOpen] = useState<'submit' | 'edit' | 'delete' | null>(null);
  const close = () => setOpen(null);

  if (!candidateCanSubmit(dossier.status)) return null;

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
      <Button onClick={() => setOpen('submit')} {...loadOnIntent(importSubmitDialog)} data-test="dossier-submit" data-readiness={readiness.state}
        variant={readiness.state === 'complete' ? 'primary' : 'secondary'} disabled={readiness.state === 'loading' || readiness.state === 'blocked'}
        aria-describedby={readiness.state === 'blocked' ? blockedId : undefined}>
        {dossier.status === 'action_required' ? t('resubmit') : t('submit')}
      </Button>
      <Button variant="secondary" onClick={() => setOpen('edit')} {...loadOnIntent(importEditDialog)} data-test="dossier-edit">{t('edit')}</Button>
      {dossier.status === 'draft' ? (
        <Button variant="ghost" onClick={() => setOpen('delete')} data-test="dossier-delete">{t('deleteDraft')}</Button>
      ) : null}
      {readiness.state === 'blocked' ? (
        <p id={blockedId} className="basis-full text-sm font-medium text-red-800" data-test="dossier-submit-blocked">
          {t('blocked', { documents: readiness.toReplace.join(', ') })}
        </p>
      ) : null}
      {open === 'submit' ? <SubmitDossierDialog dossier={dossier} readiness={readiness} onClose={close} /> : null}
      {open === 'edit' ? <EditDetailsDialog dossier={dossier} onClose={close} /> : null}
      <Dialog
        open={open === 'delete'}
        onClose={close}
        title={t('deleteTitle')}
        description={t('deleteText')}
        footer={<>
          <Button variant="secondary" onClick={close}>{t('cancel')}</Button>
          <Button variant="danger" loading={remove.isPending} onClick={onDelete} data-test="dossier-delete-confirm">{t('delete')}</Button>
        </>}
      />
    </div>
  );
}

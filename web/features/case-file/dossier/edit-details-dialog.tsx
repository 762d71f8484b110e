'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Dossier } from './queries';
import { dossierDetailsSchema, type DossierDetailsValues } from './schema';
import { useUpdateDossierDetails } from './use-dossiers';

/**
 * The candidate renames their dossier or rewrites its description (draft, or sent back to them).
 * Mounted while open, so each opening starts from the dossier as it is.
 */
export function EditDetailsDialog({ dossier, onClose }: { dossier: Dossier; onClose: () => void }) {
  const t = useTranslations('caseFile.form');
  const fieldError = useFieldError();
  const { explain } = useErrorText();
  const toast = useToast();
  const update = useUpdateDossierDetails(dossier.id);
  const { register, handleSubmit, control, formState: { errors } } = useForm<DossierDetailsValues>({
    resolver: zodResolver(dossierDetailsSchema),
    defaultValues: { title: dossier.title, description: dossier.description ?? '' },
  });
  const description = useWatch({ control, name: 'description' });
  const onSubmit = handleSubmit((values) =>
    update.mutateAsync(values).then(
      () => {
        onClose();
        toast.success(t('updated'));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('editTitle')}
      footer={<>
        <Button variant="secondary" onClick={onClose}>{t('cancel')}</Button>
        <Button type="submit" form="edit-dossier-form" loading={update.isPending} data-test="dossier-edit-save">{t('save')}</Button>
      </>}
    >
      <form id="edit-dossier-form" noValidate onSubmit={onSubmit} className="space-y-4">
        <Input label={t('title')} hint={t('titleHint')} required data-autofocus data-test="dossier-edit-title"
          error={fieldError(errors.title?.message)} {...register('title')} />
        <Textarea
          label={t('description')}
          hint={t('descriptionHint', { count: description.length })}
          rows={5}
          data-test="dossier-edit-description"
          error={fieldError(errors.description?.message)}
          {...register('description')}
        />
      </form>
    </Dialog>
  );
}

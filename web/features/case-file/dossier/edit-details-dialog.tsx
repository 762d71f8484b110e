'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from './labels';
import type { Dossier } from './queries';
import { dossierDetailsSchema, type DossierDetailsValues } from './schema';
import { useUpdateDossierDetails } from './use-dossiers';

/** The candidate renames their dossier or rewrites its description (draft, or sent back to them). */
export function EditDetailsDialog({ dossier, open, onClose }: { dossier: Dossier; open: boolean; onClose: () => void }) {
  const { explain } = useErrorText();
  const toast = useToast();
  const update = useUpdateDossierDetails(dossier.id);
  const { register, handleSubmit, control, reset, formState: { errors } } = useForm<DossierDetailsValues>({
    resolver: zodResolver(dossierDetailsSchema),
    values: { title: dossier.title, description: dossier.description ?? '' },
  });
  const description = useWatch({ control, name: 'description' });
  const close = () => {
    reset();
    onClose();
  };

  const onSubmit = handleSubmit((values) =>
    update.mutateAsync(values).then(
      () => {
        onClose();
        toast.success('Dossier mis à jour.');
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Modifier le dossier"
      footer={<>
        <Button variant="secondary" onClick={close}>Annuler</Button>
        <Button type="submit" form="edit-dossier-form" loading={update.isPending} data-test="dossier-edit-save">Enregistrer</Button>
      </>}
    >
      <form id="edit-dossier-form" noValidate onSubmit={onSubmit} className="space-y-4">
        <Input label="Titre" hint={`${TITLE_MAX_LENGTH} caractères au maximum.`} required data-autofocus data-test="dossier-edit-title"
          error={errors.title?.message} {...register('title')} />
        <Textarea
          label="Description (facultatif)"
          hint={`${description.length} / ${DESCRIPTION_MAX_LENGTH} caractères.`}
          rows={5}
          data-test="dossier-edit-description"
          error={errors.description?.message}
          {...register('description')}
        />
      </form>
    </Dialog>
  );
}

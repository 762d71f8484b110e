'use client';

import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { dossierPath, routes } from '@/lib/routes';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { DESCRIPTION_MAX_LENGTH, PROGRAM_LABELS, PROGRAM_TYPES, TITLE_MAX_LENGTH } from './labels';
import type { NewDossierValues } from './schema';
import { useCreateDossier } from './use-dossiers';

const resolver = lazyResolver<NewDossierValues>(async () => {
  const [{ zodResolver }, { newDossierSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(newDossierSchema);
});

const PROGRAM_OPTIONS = PROGRAM_TYPES.map((value) => ({ value, label: PROGRAM_LABELS[value] }));

/** A new draft: the program (which sets the document checklist), a title, a description. */
export function NewDossierForm() {
  const { explain } = useErrorText();
  const router = useRouter();
  const toast = useToast();
  const create = useCreateDossier();
  const { register, handleSubmit, control, formState: { errors } } = useForm<NewDossierValues>({
    resolver,
    defaultValues: { programType: 'express_entry', title: '', description: '' },
  });
  const description = useWatch({ control, name: 'description' });

  const onSubmit = handleSubmit((values) =>
    create.mutateAsync(values).then(
      ({ id }) => {
        toast.success('Dossier créé. Ajoutez maintenant vos documents.');
        router.push(dossierPath(id));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5" data-test="new-dossier-form">
      <Select
        label="Programme d'immigration"
        hint="Il détermine la liste des documents à fournir."
        options={PROGRAM_OPTIONS}
        required
        data-test="new-dossier-program"
        error={errors.programType?.message}
        {...register('programType')}
      />
      <Input label="Titre" hint={`Pour vous y retrouver, ${TITLE_MAX_LENGTH} caractères au maximum.`} required data-test="new-dossier-title" error={errors.title?.message} {...register('title')} />
      <Textarea
        label="Description (facultatif)"
        hint={`Votre situation en quelques lignes. ${description.length} / ${DESCRIPTION_MAX_LENGTH} caractères.`}
        rows={6}
        data-test="new-dossier-description"
        error={errors.description?.message}
        {...register('description')}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={create.isPending || create.isSuccess} data-test="new-dossier-submit">Créer le dossier</Button>
        <ButtonLink href={routes.dossiers} variant="secondary">Annuler</ButtonLink>
      </div>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { dossierPath, routes } from '@/lib/routes';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { PROGRAM_TYPES } from './labels';
import type { NewDossierValues } from './schema';
import { useCreateDossier } from './use-dossiers';

const resolver = lazyResolver<NewDossierValues>(async () => {
  const [{ zodResolver }, { newDossierSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(newDossierSchema);
});

/** A new draft: the program (which sets the document checklist), a title, a description. */
export function NewDossierForm() {
  const t = useTranslations('caseFile.form');
  const labels = useTranslations('labels');
  const fieldError = useFieldError();
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
        toast.success(t('created'));
        router.push(dossierPath(id));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5" data-test="new-dossier-form">
      <Select
        label={t('program')}
        hint={t('programHint')}
        options={PROGRAM_TYPES.map((value) => ({ value, label: labels(`program.${value}`) }))}
        required
        data-test="new-dossier-program"
        error={fieldError(errors.programType?.message)}
        {...register('programType')}
      />
      <Input label={t('title')} hint={t('newTitleHint')} required data-test="new-dossier-title" error={fieldError(errors.title?.message)} {...register('title')} />
      <Textarea
        label={t('description')}
        hint={t('newDescriptionHint', { count: description.length })}
        rows={6}
        data-test="new-dossier-description"
        error={fieldError(errors.description?.message)}
        {...register('description')}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={create.isPending || create.isSuccess} data-test="new-dossier-submit">{t('create')}</Button>
        <ButtonLink href={routes.dossiers} variant="secondary">{t('cancel')}</ButtonLink>
      </div>
    </form>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { LOCALES } from './locales';
import type { PreferencesValues } from './schema';
import { useUpdatePreferences } from './use-account';

const resolver = lazyResolver<PreferencesValues>(async () => {
  const [{ zodResolver }, { preferencesSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(preferencesSchema);
});

export function PreferencesForm({ userId, initial }: { userId: string; initial: PreferencesValues }) {
  const t = useTranslations('profile.preferences');
  const fieldError = useFieldError();
  const { describe } = useErrorText();
  const toast = useToast();
  const update = useUpdatePreferences(userId);
  const { register, handleSubmit, reset, formState: { errors, isDirty } } = useForm<PreferencesValues>({
    resolver,
    defaultValues: initial,
  });

  const onSubmit = handleSubmit((values) =>
    update.mutateAsync(values).then(
      () => {
        reset(values);
        toast.success(t('saved'));
      },
      (error: unknown) => toast.error(describe(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Select label={t('label')} hint={t('hint')} options={[...LOCALES]} error={fieldError(errors.locale?.message)} {...register('locale')} />
      <Button type="submit" loading={update.isPending} disabled={!isDirty}>{t('submit')}</Button>
    </form>
  );
}

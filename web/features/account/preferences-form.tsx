'use client';

import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { LOCALES } from './locales';
import type { PreferencesValues } from './schema';
import { useUpdatePreferences } from './use-account';

const resolver = lazyResolver<PreferencesValues>(async () => {
  const [{ zodResolver }, { preferencesSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(preferencesSchema);
});

export function PreferencesForm({ userId, initial }: { userId: string; initial: PreferencesValues }) {
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
        toast.success('Préférences enregistrées.');
      },
      (error: unknown) => toast.error(describe(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Select label="Langue et format régional" hint="Pour l'affichage des dates et des heures ; l'interface est en français." options={[...LOCALES]} error={errors.locale?.message} {...register('locale')} />
      <Button type="submit" loading={update.isPending} disabled={!isDirty}>Enregistrer les préférences</Button>
    </form>
  );
}

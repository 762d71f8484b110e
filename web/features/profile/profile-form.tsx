'use client';

import { useForm, useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useFieldError } from '@/features/auth';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { Profile } from './queries';
import { BIO_MAX_LENGTH } from './rules';
import type { ProfileValues } from './schema';
import { useUpdateProfile } from './use-profile-mutations';

const resolver = lazyResolver<ProfileValues>(async () => {
  const [{ zodResolver }, { profileSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(profileSchema);
});

export function ProfileForm({ profile }: { profile: Profile }) {
  const { describe } = useErrorText();
  const t = useTranslations('profile');
  const fieldError = useFieldError();
  const toast = useToast();
  const update = useUpdateProfile(profile.id);
  const { register, handleSubmit, control, reset, formState: { errors, isDirty } } = useForm<ProfileValues>({
    resolver,
    defaultValues: { fullName: profile.full_name, bio: profile.bio },
  });
  const bio = useWatch({ control, name: 'bio' });

  const onSubmit = handleSubmit((values) =>
    update.mutateAsync(values).then(
      (saved) => {
        reset({ fullName: saved.full_name, bio: saved.bio });
        toast.success(t('saved'));
      },
      (error: unknown) => toast.error(describe(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Input label={t('fullName')} autoComplete="name" required error={fieldError(errors.fullName?.message)} {...register('fullName')} />
      <Textarea
        label={t('bio')}
        hint={t('bioHint', { count: bio.length, max: BIO_MAX_LENGTH })}
        error={fieldError(errors.bio?.message)}
        rows={5}
        {...register('bio')}
      />
      <Button type="submit" loading={update.isPending} disabled={!isDirty}>{t('save')}</Button>
    </form>
  );
}

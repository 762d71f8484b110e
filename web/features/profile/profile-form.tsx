'use client';

import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { lazyResolver } from '@/lib/lazy-resolver';
import { describeError } from '@/lib/supabase/errors';
import type { Profile } from './queries';
import { BIO_MAX_LENGTH } from './rules';
import type { ProfileValues } from './schema';
import { useUpdateProfile } from './use-profile-mutations';

const resolver = lazyResolver<ProfileValues>(async () => {
  const [{ zodResolver }, { profileSchema }] = await Promise.all([import('@hookform/resolvers/zod'), import('./schema')]);
  return zodResolver(profileSchema);
});

export function ProfileForm({ profile }: { profile: Profile }) {
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
        toast.success('Profil enregistré.');
      },
      (error: unknown) => toast.error(describeError(error)),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Input label="Nom complet" autoComplete="name" required error={errors.fullName?.message} {...register('fullName')} />
      <Textarea
        label="Présentation"
        hint={`Visible des autres membres. ${bio.length} / ${BIO_MAX_LENGTH} caractères.`}
        error={errors.bio?.message}
        rows={5}
        {...register('bio')}
      />
      <Button type="submit" loading={update.isPending} disabled={!isDirty}>Enregistrer</Button>
    </form>
  );
}

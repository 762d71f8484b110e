'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PasswordInput } from '@/components/ui/password-input';
import { useToast } from '@/components/ui/toast';
import { withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';
import { setPasswordAction } from './actions';
import { authErrorCode, authErrorMessage } from './errors';
import { updatePassword } from './mutations';
import { PasswordChecklist } from './password-checklist';
import { resetPasswordSchema, type ResetPasswordValues } from './schema';

/**
 * Password change for a signed-in user (Auth may ask for the second factor first). Without
 * JavaScript the form posts to setPasswordAction and the page passes the outcome.
 */
export function ChangePasswordForm({ outcome = null }: { outcome?: { tone: 'success' | 'danger'; message: string } | null }) {
  const toast = useToast();
  const router = useRouter();
  const { register, handleSubmit, control, reset, formState: { errors, isSubmitting } } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const password = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async ({ password: next }) => {
    try {
      await updatePassword(await loadSupabase(), next);
      reset();
      toast.success('Mot de passe modifié.');
    } catch (error) {
      if (authErrorCode(error) === 'insufficient_aal') router.push(withNext(routes.mfa, routes.profile));
      else toast.error(authErrorMessage(error));
    }
  });

  return (
    <form action={setPasswordAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="change-password-form">
      <input type="hidden" name="from" value={routes.profile} />
      {outcome ? <Alert tone={outcome.tone}>{outcome.message}</Alert> : null}
      <PasswordInput label="Nouveau mot de passe" autoComplete="new-password" required hint={<PasswordChecklist value={password} />} error={errors.password?.message} {...register('password')} />
      <PasswordInput label="Confirmez le mot de passe" autoComplete="new-password" required error={errors.confirm?.message} {...register('confirm')} />
      <Button type="submit" variant="secondary" loading={isSubmitting}>Changer le mot de passe</Button>
    </form>
  );
}

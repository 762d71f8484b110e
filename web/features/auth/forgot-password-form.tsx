'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { routes } from '@/lib/routes';
import { loadSupabaseWithSiteUrl } from '@/lib/supabase/lazy';
import { requestPasswordResetAction } from './actions';
import { authErrorMessage } from './errors';
import { requestPasswordReset } from './mutations';
import { forgotPasswordSchema, type ForgotPasswordValues } from './schema';

/** Without JavaScript the form posts to requestPasswordResetAction; the page passes what it answered. */
export function ForgotPasswordForm({ initialError = null, initialSent = false }: { initialError?: string | null; initialSent?: boolean }) {
  const [formError, setFormError] = useState<string | null>(initialError);
  const [sent, setSent] = useState(initialSent);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<ForgotPasswordValues>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      const { supabase, siteUrl } = await loadSupabaseWithSiteUrl();
      await requestPasswordReset(supabase, email, siteUrl(routes.resetPassword));
      setSent(true);
    } catch (error) {
      setFormError(authErrorMessage(error));
    }
  });

  // Same answer whether or not an account exists, so the form reveals no addresses.
  if (sent) {
    return (
      <Alert tone="success" title="Courriel envoyé">
        Si un compte correspond à cette adresse, vous recevrez un lien pour choisir un nouveau mot de passe.
      </Alert>
    );
  }

  return (
    <form action={requestPasswordResetAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="forgot-password-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label="Adresse courriel" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
      <Button type="submit" loading={isSubmitting} className="w-full">Recevoir le lien</Button>
    </form>
  );
}

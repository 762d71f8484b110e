'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PasswordInput } from '@/components/ui/password-input';
import { withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';
import { signInAction } from './actions';
import { authErrorCode, authErrorMessage } from './errors';
import { signIn } from './mutations';
import { loginSchema, type LoginValues } from './schema';

/**
 * `next` is already sanitised by the page (same-origin path). Without JavaScript the form posts
 * to signInAction, and the page shows `initialError` from its answer.
 */
export function LoginForm({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(initialError);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { needsSecondFactor } = await signIn(await loadSupabase(), values);
      router.replace(needsSecondFactor ? withNext(routes.mfa, next) : next);
      router.refresh();
    } catch (error) {
      // Suspended accounts are banned in Auth: explain on the dedicated page.
      if (authErrorCode(error) === 'user_banned') router.push(routes.suspended);
      else setFormError(authErrorMessage(error));
    }
  });

  return (
    <form action={signInAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="login-form">
      <input type="hidden" name="next" value={next} />
      {formError ? <Alert tone="danger" data-test="login-error">{formError}</Alert> : null}
      <Input label="Adresse courriel" type="email" autoComplete="email" required data-test="login-email" error={errors.email?.message} {...register('email')} />
      <PasswordInput label="Mot de passe" autoComplete="current-password" required data-test="login-password" error={errors.password?.message} {...register('password')} />
      <p className="text-sm">
        <Link href={routes.forgotPassword} className="inline-block py-1">Mot de passe oublié ?</Link>
      </p>
      <Button type="submit" loading={isSubmitting} className="w-full" data-test="login-submit">Se connecter</Button>
    </form>
  );
}

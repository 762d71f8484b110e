'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { PasswordInput } from '@/components/ui/password-input';
import { DEFAULT_AFTER_SIGN_IN } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabaseWithSiteUrl } from '@/lib/supabase/lazy';
import { signUpAction } from './actions';
import { authErrorMessage } from './errors';
import { signUp } from './mutations';
import { PasswordChecklist } from './password-checklist';
import { registerSchema, type RegisterValues } from './schema';

/** Without JavaScript the form posts to signUpAction; the page passes what it answered. */
export function RegisterForm({ initialError = null, sent = false }: { initialError?: string | null; sent?: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(initialError);
  // The address the link went to; '' after the post without JavaScript (its URL never holds it).
  const [sentTo, setSentTo] = useState<string | null>(sent ? '' : null);
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { fullName: '', email: '', password: '', acceptTerms: false },
  });
  const password = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { supabase, siteUrl } = await loadSupabaseWithSiteUrl();
      const { signedIn } = await signUp(supabase, values, siteUrl(routes.authCallback));
      if (signedIn) {
        router.replace(DEFAULT_AFTER_SIGN_IN);
        router.refresh();
      } else {
        setSentTo(values.email);
      }
    } catch (error) {
      setFormError(authErrorMessage(error));
    }
  });

  if (sentTo !== null) {
    return (
      <Alert tone="success" title="Vérifiez votre boîte de réception">
        {sentTo ? `Si l’adresse ${sentTo}` : 'Si l’adresse indiquée'} peut être utilisée, un lien de confirmation vient d&apos;y être envoyé.
        Ouvrez-le pour activer votre compte.
      </Alert>
    );
  }

  return (
    <form action={signUpAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="register-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label="Nom complet" autoComplete="name" required error={errors.fullName?.message} {...register('fullName')} />
      <Input label="Adresse courriel" type="email" autoComplete="email" required error={errors.email?.message} {...register('email')} />
      <PasswordInput
        label="Mot de passe"
        autoComplete="new-password"
        required
        hint={<PasswordChecklist value={password} />}
        error={errors.password?.message}
        {...register('password')}
      />
      <Checkbox
        label={<>J&apos;accepte les <Link href={routes.terms} target="_blank">conditions d&apos;utilisation</Link> et la{' '}
          <Link href={routes.privacy} target="_blank">politique de confidentialité</Link> (s&apos;ouvrent dans un nouvel onglet).</>}
        error={errors.acceptTerms?.message}
        {...register('acceptTerms')}
      />
      <Button type="submit" loading={isSubmitting} className="w-full">Créer mon compte</Button>
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PasswordInput } from '@/components/ui/password-input';
import { Spinner } from '@/components/ui/spinner';
import { DEFAULT_AFTER_SIGN_IN, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';
import { setPasswordAction } from './actions';
import { authErrorCode, authErrorMessage } from './errors';
import { updatePassword } from './mutations';
import { PasswordChecklist } from './password-checklist';
import { resetPasswordSchema, type ResetPasswordValues } from './schema';

type Phase = { kind: 'checking' } | { kind: 'ready' } | { kind: 'no-session'; message?: string };

type ResetPasswordFormProps = {
  /** The server saw a session (opened by /auth/confirm). */
  hasSession: boolean;
  /** A PKCE `code` is in the URL: the browser client exchanges it on load. */
  hasCode: boolean;
  initialError?: string | null;
};

/**
 * New password for the session opened by the emailed link. Without JavaScript the form posts to
 * setPasswordAction and the page passes `initialError` from its answer.
 */
export function ResetPasswordForm({ hasSession, hasCode, initialError = null }: ResetPasswordFormProps) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>(hasSession ? { kind: 'ready' } : hasCode ? { kind: 'checking' } : { kind: 'no-session' });
  const [formError, setFormError] = useState<string | null>(initialError);
  const { register, handleSubmit, control, formState: { errors, isSubmitting } } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const password = useWatch({ control, name: 'password' });

  useEffect(() => {
    if (phase.kind !== 'checking') return;
    let active = true;
    void (async () => {
      const supabase = await loadSupabase();
      const { error } = await supabase.auth.initialize();
      const { data } = await supabase.auth.getSession();
      if (!active) return;
      if (data.session) setPhase({ kind: 'ready' });
      else setPhase({ kind: 'no-session', message: error ? authErrorMessage(error) : undefined });
    })();
    return () => { active = false; };
  }, [phase.kind]);

  const onSubmit = handleSubmit(async ({ password: next }) => {
    setFormError(null);
    try {
      await updatePassword(await loadSupabase(), next);
      router.replace(DEFAULT_AFTER_SIGN_IN);
      router.refresh();
    } catch (error) {
      // Accounts with a second factor must prove it before changing the password.
      if (authErrorCode(error) === 'insufficient_aal') router.push(withNext(routes.mfa, routes.resetPassword));
      else setFormError(authErrorMessage(error));
    }
  });

  if (phase.kind === 'checking') {
    return <p role="status" className="flex items-center gap-2 text-slate-700"><Spinner /> Vérification du lien…</p>;
  }
  if (phase.kind === 'no-session') {
    return (
      <Alert tone="warning" title="Lien invalide ou expiré">
        {phase.message ?? 'Ce lien ne permet plus de changer le mot de passe.'}{' '}
        <Link href={routes.forgotPassword}>Demander un nouveau lien</Link>
      </Alert>
    );
  }
  return (
    <form action={setPasswordAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="reset-password-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <PasswordInput label="Nouveau mot de passe" autoComplete="new-password" required hint={<PasswordChecklist value={password} />} error={errors.password?.message} {...register('password')} />
      <PasswordInput label="Confirmez le mot de passe" autoComplete="new-password" required error={errors.confirm?.message} {...register('confirm')} />
      <Button type="submit" loading={isSubmitting} className="w-full">Enregistrer le mot de passe</Button>
    </form>
  );
}

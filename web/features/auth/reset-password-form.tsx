'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { routes } from '@/lib/routes';
import { setPasswordAction } from './actions';
import { NewPasswordFields } from './new-password-fields';
import { errorSentence } from './sentences';
import { useBrowserSubmit } from './use-browser-submit';

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
  const [phase, setPhase] = useState<Phase>(hasSession ? { kind: 'ready' } : hasCode ? { kind: 'checking' } : { kind: 'no-session' });
  const { onSubmit, errors, formError, pending, text } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).setPasswordInBrowser(form, routes.resetPassword),
    { initialError },
  );

  useEffect(() => {
    if (phase.kind !== 'checking') return;
    let active = true;
    void import('./in-browser').then(({ openRecoverySession }) => openRecoverySession()).then((refused) => {
      if (!active) return;
      setPhase(refused ? { kind: 'no-session', message: refused } : { kind: 'ready' });
    });
    return () => { active = false; };
  }, [phase.kind]);

  if (phase.kind === 'checking') {
    return <p role="status" className="flex items-center gap-2 text-slate-700"><Spinner /> {text.reset.checking}</p>;
  }
  if (phase.kind === 'no-session') {
    return (
      <Alert tone="warning" title={text.reset.invalidTitle}>
        {errorSentence(text, phase.message ?? 'link_used')}{' '}
        <Link href={routes.forgotPassword}>{text.reset.askNew}</Link>
      </Alert>
    );
  }
  return (
    <form action={setPasswordAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="reset-password-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <NewPasswordFields errors={errors} />
      <Button type="submit" loading={pending} className="w-full">{text.reset.submit}</Button>
    </form>
  );
}

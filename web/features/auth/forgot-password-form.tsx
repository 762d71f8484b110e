'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { requestPasswordResetAction } from './actions';
import { useBrowserSubmit } from './use-browser-submit';

/** Without JavaScript the form posts to requestPasswordResetAction; the page passes what it answered. */
export function ForgotPasswordForm({ initialError = null, initialSent = false }: { initialError?: string | null; initialSent?: boolean }) {
  const { onSubmit, errors, formError, pending, sent } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).requestPasswordResetInBrowser(form),
    { initialError },
  );

  // Same answer whether or not an account exists, so the form reveals no addresses.
  if (sent || initialSent) {
    return (
      <Alert tone="success" title="Courriel envoyé">
        Si un compte correspond à cette adresse, vous recevrez un lien pour choisir un nouveau mot de passe.
      </Alert>
    );
  }

  return (
    <form action={requestPasswordResetAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="forgot-password-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label="Adresse courriel" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Button type="submit" loading={pending} className="w-full">Recevoir le lien</Button>
    </form>
  );
}

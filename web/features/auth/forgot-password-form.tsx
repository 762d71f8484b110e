'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { requestPasswordResetAction } from './actions';
import { useBrowserSubmit } from './use-browser-submit';

/** Without JavaScript the form posts to requestPasswordResetAction; the page passes what it answered. */
export function ForgotPasswordForm({ initialError = null, initialSent = false }: { initialError?: string | null; initialSent?: boolean }) {
  const { onSubmit, errors, formError, pending, sent, text } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).requestPasswordResetInBrowser(form),
    { initialError },
  );

  // Same answer whether or not an account exists, so the form reveals no addresses.
  if (sent || initialSent) {
    return (
      <Alert tone="success" title={text.forgot.sentTitle}>{text.forgot.sentText}</Alert>
    );
  }

  return (
    <form action={requestPasswordResetAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="forgot-password-form">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label={text.fields.email} name="email" type="email" autoComplete="email" required error={errors.email} />
      <Button type="submit" loading={pending} className="w-full">{text.forgot.submit}</Button>
    </form>
  );
}

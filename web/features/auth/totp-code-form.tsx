'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { verifyTotpAction } from './actions';
import { useBrowserSubmit } from './use-browser-submit';

/** A refused code is typed again from scratch. */
function typeAgain(form: HTMLFormElement) {
  const input = form.elements.namedItem('totp') as HTMLInputElement | null;
  if (!input) return;
  input.value = '';
  input.focus();
}

type TotpCodeFormProps = { factorId: string; next: string; submitLabel?: string; initialError?: string | null };

/** Proves the factor with a code, then goes on to `next`; without JavaScript it posts to verifyTotpAction. */
export function TotpCodeForm({ factorId, next, submitLabel, initialError = null }: TotpCodeFormProps) {
  const { onSubmit, errors, formError, pending, text } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).verifyTotpInBrowser(form, factorId, next),
    { initialError, onRefused: typeAgain },
  );

  return (
    <form action={verifyTotpAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="totp-form">
      <input type="hidden" name="factorId" value={factorId} />
      <input type="hidden" name="next" value={next} />
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Input label={text.totp.label} name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={errors.totp} />
      <Button type="submit" loading={pending} className="w-full">{submitLabel ?? text.totp.submit}</Button>
    </form>
  );
}

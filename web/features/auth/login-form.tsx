'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PasswordInput } from '@/components/ui/password-input';
import { routes } from '@/lib/routes';
import { signInAction } from './actions';
import { useBrowserSubmit } from './use-browser-submit';

/**
 * `next` is already sanitised by the page (same-origin path). Without JavaScript the form posts
 * to signInAction, and the page shows `initialError` from its answer.
 */
export function LoginForm({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const { onSubmit, errors, formError, pending, text } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).signInInBrowser(form, next),
    { initialError },
  );

  return (
    <form action={signInAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="login-form">
      <input type="hidden" name="next" value={next} />
      {formError ? <Alert tone="danger" data-test="login-error">{formError}</Alert> : null}
      <Input label={text.fields.email} name="email" type="email" autoComplete="email" required data-test="login-email" error={errors.email} />
      <PasswordInput label={text.fields.password} name="password" autoComplete="current-password" required data-test="login-password" error={errors.password} toggleLabels={text.password} />
      <p className="text-sm">
        <Link href={routes.forgotPassword} className="inline-block py-1">{text.login.forgot}</Link>
      </p>
      <Button type="submit" loading={pending} className="w-full" data-test="login-submit">{text.login.submit}</Button>
    </form>
  );
}

'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { routes } from '@/lib/routes';
import { setPasswordAction } from './actions';
import { NewPasswordFields } from './new-password-fields';
import { useAuthText } from './auth-text';
import { useBrowserSubmit } from './use-browser-submit';

/**
 * Password change for a signed-in user (Auth may ask for the second factor first). Without
 * JavaScript the form posts to setPasswordAction and the page passes the outcome.
 */
export function ChangePasswordForm({ outcome = null }: { outcome?: { tone: 'success' | 'danger'; message: string } | null }) {
  const toast = useToast();
  const text = useAuthText();
  const { onSubmit, errors, formError, pending } = useBrowserSubmit(
    async (form) => (await import('./in-browser')).setPasswordInBrowser(form, routes.profile),
    { onSent: (form) => (form.reset(), toast.success(text.change.done)) },
  );

  return (
    <form action={setPasswordAction} onSubmit={onSubmit} noValidate className="space-y-5" data-test="change-password-form">
      <input type="hidden" name="from" value={routes.profile} />
      {outcome && !formError ? <Alert tone={outcome.tone}>{outcome.message}</Alert> : null}
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <NewPasswordFields errors={errors} />
      <Button type="submit" variant="secondary" loading={pending}>{text.change.submit}</Button>
    </form>
  );
}

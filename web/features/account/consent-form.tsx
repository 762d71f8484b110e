'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { errorSentence, useAuthText } from '@/features/auth';
import { routes } from '@/lib/routes';
import { acceptTermsAction } from './actions';

/**
 * Records consent with public.accept_terms(version); the database refuses anything else. Without
 * JavaScript the form posts to acceptTermsAction and the page passes `initialError`.
 */
export function ConsentForm({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const router = useRouter();
  const text = useAuthText();
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  // initialError is a key of auth.errors (the server action's answer, said in the page's language).
  const [error, setError] = useState<string | null>(initialError ? errorSentence(text, initialError) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checked) {
      setError(text.consent.required);
      return;
    }
    setPending(true);
    setError(null);
    const refused = await (await import('./accept-terms-in-browser')).acceptTermsInBrowser();
    if (refused) {
      setError(refused);
      setPending(false);
      return;
    }
    router.replace(next);
    router.refresh();
  };

  return (
    <form action={acceptTermsAction} onSubmit={submit} noValidate className="space-y-5" data-test="consent-form">
      <input type="hidden" name="next" value={next} />
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Checkbox
        name="accept"
        checked={checked}
        onChange={(event) => setChecked(event.currentTarget.checked)}
        label={<>{text.consent.acceptBefore}<Link href={routes.terms} target="_blank">{text.consent.acceptTerms}</Link>{text.consent.acceptAnd}
          <Link href={routes.privacy} target="_blank">{text.consent.acceptPrivacy}</Link>{text.consent.acceptAfter}</>}
      />
      <Button type="submit" loading={pending} className="w-full">{text.consent.submit}</Button>
    </form>
  );
}

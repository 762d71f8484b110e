'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { routes } from '@/lib/routes';
import { acceptTermsAction } from './actions';

/**
 * Records consent with public.accept_terms(version); the database refuses anything else. Without
 * JavaScript the form posts to acceptTermsAction and the page passes `initialError`.
 */
export function ConsentForm({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const router = useRouter();
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(initialError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checked) {
      setError("Cochez la case pour accepter les conditions d'utilisation et la politique de confidentialité.");
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
        label={<>J&apos;ai lu et j&apos;accepte les <Link href={routes.terms} target="_blank">conditions d&apos;utilisation</Link> et la{' '}
          <Link href={routes.privacy} target="_blank">politique de confidentialité</Link> (nouvel onglet).</>}
      />
      <Button type="submit" loading={pending} className="w-full">Accepter et continuer</Button>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { loadSupabase } from '@/lib/supabase/lazy';
import { confirmEmailLinkAction } from './actions';
import { useAuthText } from './auth-text';
import { authErrorKey } from './errors';
import { errorSentence } from './sentences';
import { verifyEmailLink } from './mutations';
import type { EmailLinkType } from './schema';

/**
 * Emailed links are single-use, and mail scanners open every link they see: the token is
 * redeemed only when a person clicks this button, never on page load. Without JavaScript the
 * button posts to confirmEmailLinkAction.
 */
export function ConfirmLink({ tokenHash, type, next, label }: { tokenHash: string; type: EmailLinkType; next: string; label: string }) {
  const router = useRouter();
  const text = useAuthText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await verifyEmailLink(await loadSupabase(), tokenHash, type);
      router.replace(next);
      router.refresh();
    } catch (caught) {
      setError(authErrorKey(caught));
      setPending(false);
    }
  };

  return (
    <form action={confirmEmailLinkAction} onSubmit={confirm} className="space-y-4">
      <input type="hidden" name="token_hash" value={tokenHash} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="next" value={next} />
      {error ? <Alert tone="danger">{errorSentence(text, error)}</Alert> : null}
      <Button type="submit" loading={pending} className="w-full">{label}</Button>
    </form>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { loadSupabase } from '@/lib/supabase/lazy';
import { authErrorMessage } from './errors';
import { verifyEmailLink } from './mutations';
import type { EmailLinkType } from './schema';

/**
 * Emailed links are single-use, and mail scanners open every link they see: the token is
 * redeemed only when a person clicks this button, never on page load.
 */
export function ConfirmLink({ tokenHash, type, next, label }: { tokenHash: string; type: EmailLinkType; next: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await verifyEmailLink(await loadSupabase(), tokenHash, type);
      router.replace(next);
      router.refresh();
    } catch (caught) {
      setError(authErrorMessage(caught));
      setPending(false);
    }
  };

  return (
    <div className="space-y-4">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Button onClick={confirm} loading={pending} className="w-full">{label}</Button>
    </div>
  );
}

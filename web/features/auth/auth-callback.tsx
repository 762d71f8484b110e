'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabase } from '@/lib/supabase/lazy';
import { useAuthText } from './auth-text';
import { authErrorKey } from './errors';
import { errorSentence } from './sentences';

type Outcome = { kind: 'working' } | { kind: 'confirmed' } | { kind: 'failed'; message: string };

/**
 * Where Auth's default email links land (PKCE `?code=`): the browser client exchanges the
 * code itself on load (it needs the verifier it stored at sign-up, so only in that browser).
 * Elsewhere the address is confirmed all the same: the person just signs in.
 */
export function AuthCallback({ next }: { next: string }) {
  const router = useRouter();
  const text = useAuthText();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'working' });

  useEffect(() => {
    let active = true;
    void (async () => {
      const supabase = await loadSupabase();
      const { error } = await supabase.auth.initialize();
      const { data } = await supabase.auth.getSession();
      if (!active) return;
      if (data.session) {
        router.replace(next);
        router.refresh();
      } else if (error) {
        setOutcome({ kind: 'failed', message: authErrorKey(error) });
      } else {
        setOutcome({ kind: 'confirmed' });
      }
    })();
    return () => { active = false; };
  }, [next, router]);

  if (outcome.kind === 'working') {
    return <p role="status" className="flex items-center gap-2 text-slate-700"><Spinner /> {text.callback.working}</p>;
  }
  if (outcome.kind === 'failed') {
    return <Alert tone="danger" title={text.callback.failedTitle}>{errorSentence(text, outcome.message)}</Alert>;
  }
  return (
    <Alert tone="success" title={text.callback.confirmedTitle}>
      {text.callback.confirmedBefore}<Link href={withNext(routes.login, next)}>{text.callback.confirmedLink}</Link>{text.callback.confirmedAfter}
    </Alert>
  );
}

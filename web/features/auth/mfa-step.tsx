'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { loadSupabase } from '@/lib/supabase/lazy';
import { authErrorMessage } from './errors';
import { readMfaState, type MfaState } from './mfa';
import { MfaEnrolment } from './mfa-enrolment';
import { TotpCodeForm } from './totp-code-form';

/** Second-factor page body: challenge when a factor exists, enrolment when none does. */
export function MfaStep({ next }: { next: string }) {
  const router = useRouter();
  const [state, setState] = useState<MfaState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    loadSupabase().then(readMfaState).then(
      (result) => { if (active) setState(result); },
      (caught: unknown) => { if (active) setError(authErrorMessage(caught)); },
    );
    return () => { active = false; };
  }, []);

  useEffect(() => {
    if (state?.step === 'done') {
      router.replace(next);
      router.refresh();
    }
  }, [state, next, router]);

  const finish = () => setState({ step: 'done' });

  if (error) return <Alert tone="danger">{error}</Alert>;
  if (!state || state.step === 'done') {
    return <p role="status" className="flex items-center gap-2 text-slate-700"><Spinner /> Chargement…</p>;
  }
  if (state.step === 'challenge') {
    return (
      <div className="space-y-4">
        <p className="text-slate-700">Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification.</p>
        <TotpCodeForm factorId={state.factorId} onVerified={finish} />
      </div>
    );
  }
  return <MfaEnrolment onVerified={finish} />;
}

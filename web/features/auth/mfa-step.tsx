'use client';

import { useRouter } from 'next/navigation';
import type { MfaState } from './mfa';
import { MfaEnrolment } from './mfa-enrolment';
import { TotpCodeForm } from './totp-code-form';

type MfaStepProps = { state: Exclude<MfaState, { step: 'done' }>; next: string; initialError?: string | null };

/** Second-factor page body: challenge when a factor exists, enrolment when none does. */
export function MfaStep({ state, next, initialError = null }: MfaStepProps) {
  const router = useRouter();
  const finish = () => {
    router.replace(next);
    router.refresh();
  };

  if (state.step === 'challenge') {
    return (
      <div className="space-y-4">
        <p className="text-slate-700">Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification.</p>
        <TotpCodeForm factorId={state.factorId} next={next} onVerified={finish} initialError={initialError} />
      </div>
    );
  }
  return <MfaEnrolment next={next} onVerified={finish} initialError={initialError} />;
}

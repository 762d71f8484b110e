'use client';

import { lazy, Suspense } from 'react';
import { useAuthText } from './auth-text';
import type { MfaState } from './mfa';
import { TotpCodeForm } from './totp-code-form';

// Setting up a factor happens once per account: its code loads only when the page asks for it.
const MfaEnrolment = lazy(() => import('./mfa-enrolment').then((module) => ({ default: module.MfaEnrolment })));

type MfaStepProps = { state: Exclude<MfaState, { step: 'done' }>; next: string; initialError?: string | null };

/** Second-factor page body: challenge when a factor exists, enrolment when none does. */
export function MfaStep({ state, next, initialError = null }: MfaStepProps) {
  const text = useAuthText();
  if (state.step === 'challenge') {
    return (
      <div className="space-y-4">
        <p className="text-slate-700">{text.totp.challenge}</p>
        <TotpCodeForm factorId={state.factorId} next={next} initialError={initialError} />
      </div>
    );
  }
  return (
    <Suspense>
      <MfaEnrolment next={next} initialError={initialError} />
    </Suspense>
  );
}

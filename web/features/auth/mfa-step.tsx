'use client';

import { lazy, Suspense } from 'react';
import type { MfaState } from './mfa';
import { TotpCodeForm } from './totp-code-form';

// Setting up a factor happens once per account: its code loads only when the page asks for it.
const MfaEnrolment = lazy(() => import('./mfa-enrolment').then((module) => ({ default: module.MfaEnrolment })));

type MfaStepProps = { state: Exclude<MfaState, { step: 'done' }>; next: string; initialError?: string | null };

/** Second-factor page body: challenge when a factor exists, enrolment when none does. */
export function MfaStep({ state, next, initialError = null }: MfaStepProps) {
  if (state.step === 'challenge') {
    return (
      <div className="space-y-4">
        <p className="text-slate-700">Saisissez le code à 6 chiffres affiché par votre application d&apos;authentification.</p>
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

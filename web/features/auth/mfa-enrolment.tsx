'use client';

import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { loadSupabase } from '@/lib/supabase/lazy';
import { useAuthText } from './auth-text';
import { authErrorKey } from './errors';
import { errorSentence } from './sentences';
import { startTotpEnrolment, type TotpEnrolment } from './mfa';
import { TotpCodeForm } from './totp-code-form';

/** TOTP enrolment: a QR code, the same secret as text (for those who cannot scan), a code. */
export function MfaEnrolment({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const text = useAuthText();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One enrolment per visit, even when Strict Mode runs effects twice.
  const request = useRef<Promise<TotpEnrolment> | null>(null);

  useEffect(() => {
    let active = true;
    request.current ??= loadSupabase().then(startTotpEnrolment);
    request.current.then(
      (result) => { if (active) setEnrolment(result); },
      (caught: unknown) => { if (active) setError(authErrorKey(caught)); },
    );
    return () => { active = false; };
  }, []);

  if (error) return <Alert tone="danger">{errorSentence(text, error)}</Alert>;
  if (!enrolment) {
    return (
      <>
        <noscript><Alert tone="warning">{text.mfa.noscript}</Alert></noscript>
        <p role="status" className="flex items-center gap-2 text-slate-700"><Spinner /> {text.mfa.preparing}</p>
      </>
    );
  }

  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-2 pl-5 text-slate-700">
        <li>{text.mfa.step1}</li>
        <li>{text.mfa.step2}</li>
        <li>{text.mfa.step3}</li>
      </ol>
      {/* Supabase returns the QR code as an SVG data URL. */}
      <img src={enrolment.qrCode} alt={text.mfa.qrAlt} width={192} height={192} className="mx-auto rounded border border-slate-200 bg-white p-2" />
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-900">{text.mfa.manualKey}</p>
        <code className="block break-all rounded bg-slate-100 px-3 py-2 font-mono text-sm tracking-wider select-all">{enrolment.secret}</code>
      </div>
      <TotpCodeForm factorId={enrolment.factorId} next={next} initialError={initialError} submitLabel={text.mfa.activate} />
    </div>
  );
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';

export type MfaState =
  | { step: 'done' }
  | { step: 'challenge'; factorId: string }
  | { step: 'enrol' };

/**
 * What the second-factor page must show. The database setting (require_staff_mfa) is not
 * readable from the browser, so this relies on Auth alone: aal2 already → done; a verified
 * TOTP factor (nextLevel aal2) → challenge; no factor → enrolment.
 */
export async function readMfaState(supabase: AppSupabaseClient): Promise<MfaState> {
  const { data: aal, error } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
  if (error) throw error;
  if (aal.currentLevel === 'aal2') return { step: 'done' };
  const { data: factors, error: listError } = await supabase.auth.mfa.listFactors();
  if (listError) throw listError;
  const verified = factors.totp.find((factor) => factor.status === 'verified');
  return verified ? { step: 'challenge', factorId: verified.id } : { step: 'enrol' };
}

export type TotpEnrolment = { factorId: string; qrCode: string; secret: string };

/** Starts a TOTP enrolment, first removing abandoned (unverified) attempts. */
export async function startTotpEnrolment(supabase: AppSupabaseClient): Promise<TotpEnrolment> {
  const { data: factors, error: listError } = await supabase.auth.mfa.listFactors();
  if (listError) throw listError;
  for (const factor of factors.all) {
    if (factor.factor_type === 'totp' && factor.status === 'unverified') {
      const { error } = await supabase.auth.mfa.unenroll({ factorId: factor.id });
      if (error) throw error;
    }
  }
  const { data, error } = await supabase.auth.mfa.enroll({
    factorType: 'totp',
    friendlyName: `CAPITUNE ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`,
  });
  if (error) throw error;
  return { factorId: data.id, qrCode: data.totp.qr_code, secret: data.totp.secret };
}

/** Proves the factor with a code; the session becomes aal2 (cookies updated by the client). */
export async function verifyTotp(supabase: AppSupabaseClient, factorId: string, code: string) {
  const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId, code });
  if (error) throw error;
}

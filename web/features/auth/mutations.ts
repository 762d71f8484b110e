import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { TERMS_VERSION } from '@/lib/terms';
import type { EmailLinkType, LoginValues, RegisterValues } from './schema';

// Auth calls run in the browser (Supabase Auth's per-IP limits then see the user's address).
// Each throws Supabase's AuthError as is; forms name it with authErrorKey() and say it in the reader's language.

/** Signs in; tells whether this user must still pass a second factor (a TOTP factor exists). */
export async function signIn(supabase: AppSupabaseClient, values: LoginValues) {
  const { error } = await supabase.auth.signInWithPassword({ email: values.email, password: values.password });
  if (error) throw error;
  const { data, error: aalError } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
  if (aalError) throw aalError;
  return { needsSecondFactor: data.nextLevel === 'aal2' && data.currentLevel !== 'aal2' };
}

/** What sign-up stores in user metadata: the trigger reads `full_name` and `time_zone`, and records consent. */
export function signUpMetadata(values: Pick<RegisterValues, 'fullName' | 'timeZone'>) {
  const zone = values.timeZone?.trim();
  return { full_name: values.fullName.trim(), terms_version: TERMS_VERSION, ...(zone ? { time_zone: zone } : {}) };
}

/**
 * Creates the account; the database trigger makes the profile (role candidate) and records
 * consent from `terms_version`. Without a session, a confirmation email is on its way.
 */
export async function signUp(supabase: AppSupabaseClient, values: RegisterValues, emailRedirectTo: string) {
  const { data, error } = await supabase.auth.signUp({
    email: values.email,
    password: values.password,
    options: { data: signUpMetadata(values), emailRedirectTo },
  });
  if (error) throw error;
  return { signedIn: data.session !== null };
}

export async function requestPasswordReset(supabase: AppSupabaseClient, email: string, redirectTo: string) {
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo });
  if (error) throw error;
}

export async function updatePassword(supabase: AppSupabaseClient, password: string) {
  const { error } = await supabase.auth.updateUser({ password });
  if (error) throw error;
}

/** Redeems an emailed link's token hash: called only on the user's click (see /auth/confirm). */
export async function verifyEmailLink(supabase: AppSupabaseClient, tokenHash: string, type: EmailLinkType) {
  const { error } = await supabase.auth.verifyOtp({ token_hash: tokenHash, type });
  if (error) throw error;
}

/** Ends this browser's session (other devices stay signed in). */
export async function signOut(supabase: AppSupabaseClient) {
  const { error } = await supabase.auth.signOut({ scope: 'local' });
  if (error) throw error;
}

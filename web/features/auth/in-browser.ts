// The auth forms' path when JavaScript runs, loaded on demand at the first submit: zod and
// supabase-js stay out of the pages' first load, and Auth sees the person's own address.
// Each function answers where to go next, what was sent, or what to say.
import { DEFAULT_AFTER_SIGN_IN, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { loadSupabase, loadSupabaseWithSiteUrl } from '@/lib/supabase/lazy';
import { authErrorCode, authErrorKey } from './errors';
import { checkFields, type FieldErrors, formFields } from './form-fields';
import { verifyTotp } from './mfa';
import { requestPasswordReset, signIn, signUp, updatePassword } from './mutations';
import { forgotPasswordSchema, loginSchema, registerSchema, resetPasswordSchema, totpCodeSchema } from './schema';

export type BrowserOutcome =
  | { goTo: string }
  | { sent: true }
  | { errors?: FieldErrors; formError?: string };

/** Runs `step` on valid values; an Auth refusal becomes an error key (auth.errors), or a page for some codes. */
async function run<T>(checked: { values: T } | { errors: FieldErrors }, step: (values: T) => Promise<BrowserOutcome>,
  pageFor: Partial<Record<string, string>> = {}): Promise<BrowserOutcome> {
  if ('errors' in checked) return { errors: checked.errors };
  try {
    return await step(checked.values);
  } catch (error) {
    const page = pageFor[authErrorCode(error) ?? ''];
    return page ? { goTo: page } : { formError: authErrorKey(error) };
  }
}

export function signInInBrowser(form: FormData, next: string) {
  return run(checkFields(loginSchema, formFields.login(form)), async (values) => {
    const { needsSecondFactor } = await signIn(await loadSupabase(), values);
    return { goTo: needsSecondFactor ? withNext(routes.mfa, next) : next };
  }, { user_banned: routes.suspended }); // suspended accounts are banned in Auth: explained there
}

export function signUpInBrowser(form: FormData) {
  return run(checkFields(registerSchema, formFields.register(form)), async (values) => {
    const { supabase, siteUrl } = await loadSupabaseWithSiteUrl();
    const { signedIn } = await signUp(supabase, values, siteUrl(routes.authCallback));
    return signedIn ? { goTo: DEFAULT_AFTER_SIGN_IN } : { sent: true };
  });
}

export function requestPasswordResetInBrowser(form: FormData) {
  return run(checkFields(forgotPasswordSchema, formFields.forgotPassword(form)), async ({ email }) => {
    const { supabase, siteUrl } = await loadSupabaseWithSiteUrl();
    await requestPasswordReset(supabase, email, siteUrl(routes.resetPassword));
    return { sent: true };
  });
}

/**
 * A new password, after an emailed link (then on to the app) or from the profile (then stays);
 * either page is where the person comes back after the second factor Auth may ask for.
 */
export function setPasswordInBrowser(form: FormData, from: typeof routes.resetPassword | typeof routes.profile) {
  return run(checkFields(resetPasswordSchema, formFields.newPassword(form)), async ({ password }) => {
    await updatePassword(await loadSupabase(), password);
    return from === routes.resetPassword ? { goTo: DEFAULT_AFTER_SIGN_IN } : { sent: true };
  }, { insufficient_aal: withNext(routes.mfa, from) });
}

/** Exchanges the PKCE `code` of a default-template reset link; null once there is a session, else the key of why not. */
export async function openRecoverySession(): Promise<string | null> {
  const supabase = await loadSupabase();
  const { error } = await supabase.auth.initialize();
  const { data } = await supabase.auth.getSession();
  if (data.session) return null;
  return error ? authErrorKey(error) : 'link_used';
}

export function verifyTotpInBrowser(form: FormData, factorId: string, next: string) {
  return run(checkFields(totpCodeSchema, formFields.totp(form)), async ({ totp }) => {
    await verifyTotp(await loadSupabase(), factorId, totp);
    return { goTo: next };
  });
}

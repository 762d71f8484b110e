'use server';

// The same auth forms without JavaScript (or sent before hydration): the browser posts here and
// gets a 303 (Post/Redirect/Get), so no field ever travels in a URL. With JavaScript the forms call
// Auth from the browser instead, so Supabase Auth's per-IP limits see the user's own address;
// these fallbacks reach Auth from this server and share its address (see web/README.md).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, withNext } from '@/lib/redirect';
import { routes } from '@/lib/routes';
import { publicEnv } from '@/lib/env';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { authErrorCode } from './errors';
import { verifyTotp } from './mfa';
import { requestPasswordReset, signIn, signUp, updatePassword, verifyEmailLink } from './mutations';
import { formFields } from './form-fields';
import { DONE_PARAM, ERROR_PARAM, INVALID_INPUT, withParam } from './outcome';
import { emailLinkTypeSchema, forgotPasswordSchema, loginSchema, registerSchema, resetPasswordSchema, totpCodeSchema } from './schema';

const text = (form: FormData, name: string) => form.get(name) ?? undefined;
const failed = (page: string, error: unknown) => withParam(page, ERROR_PARAM, authErrorCode(error) ?? 'unexpected');
const invalid = (page: string) => withParam(page, ERROR_PARAM, INVALID_INPUT);
const done = (page: string) => withParam(page, DONE_PARAM, '1');

/** Runs an Auth step and returns where to go next; redirect() stays outside, as Next requires. */
async function attempt(step: () => Promise<string>, onError: (error: unknown) => string): Promise<string> {
  try {
    return await step();
  } catch (error) {
    return onError(error);
  }
}

/** Absolute URL for links in Auth emails: NEXT_PUBLIC_SITE_URL, else the form's own origin. */
async function siteUrl(path: string): Promise<string> {
  const origin = publicEnv().siteUrl ?? (await headers()).get('origin');
  if (!origin) throw new Error('NEXT_PUBLIC_SITE_URL manque et la requête ne dit pas son origine.');
  return new URL(path, origin).toString();
}

export async function signInAction(form: FormData): Promise<never> {
  const next = safeNextPath(text(form, 'next'));
  const page = withNext(routes.login, next);
  const values = loginSchema.safeParse(formFields.login(form));
  if (!values.success) redirect(invalid(page));
  const supabase = await createSupabaseServerClient();
  redirect(await attempt(
    async () => ((await signIn(supabase, values.data)).needsSecondFactor ? withNext(routes.mfa, next) : next),
    (error) => (authErrorCode(error) === 'user_banned' ? routes.suspended : failed(page, error)),
  ));
}

export async function signUpAction(form: FormData): Promise<never> {
  const values = registerSchema.safeParse(formFields.register(form));
  if (!values.success) redirect(invalid(routes.register));
  const supabase = await createSupabaseServerClient();
  const emailRedirectTo = await siteUrl(routes.authCallback);
  redirect(await attempt(
    async () => ((await signUp(supabase, values.data, emailRedirectTo)).signedIn ? DEFAULT_AFTER_SIGN_IN : done(routes.register)),
    (error) => failed(routes.register, error),
  ));
}

export async function requestPasswordResetAction(form: FormData): Promise<never> {
  const values = forgotPasswordSchema.safeParse(formFields.forgotPassword(form));
  if (!values.success) redirect(invalid(routes.forgotPassword));
  const supabase = await createSupabaseServerClient();
  const redirectTo = await siteUrl(routes.resetPassword);
  redirect(await attempt(
    async () => (await requestPasswordReset(supabase, values.data.email, redirectTo), done(routes.forgotPassword)),
    (error) => failed(routes.forgotPassword, error),
  ));
}

/** New password after an emailed link (`from` = reset page) or from the profile. */
export async function setPasswordAction(form: FormData): Promise<never> {
  const page = text(form, 'from') === routes.profile ? routes.profile : routes.resetPassword;
  const values = resetPasswordSchema.safeParse(formFields.newPassword(form));
  if (!values.success) redirect(invalid(page));
  const supabase = await createSupabaseServerClient();
  redirect(await attempt(
    async () => (await updatePassword(supabase, values.data.password), page === routes.profile ? done(page) : DEFAULT_AFTER_SIGN_IN),
    // Accounts with a second factor must prove it before changing the password.
    (error) => (authErrorCode(error) === 'insufficient_aal' ? withNext(routes.mfa, page) : failed(page, error)),
  ));
}

export async function verifyTotpAction(form: FormData): Promise<never> {
  const next = safeNextPath(text(form, 'next'));
  const page = withNext(routes.mfa, next);
  const values = totpCodeSchema.safeParse(formFields.totp(form));
  const factorId = text(form, 'factorId');
  if (!values.success || typeof factorId !== 'string') redirect(invalid(page));
  const supabase = await createSupabaseServerClient();
  redirect(await attempt(
    async () => (await verifyTotp(supabase, factorId, values.data.totp), next),
    (error) => failed(page, error),
  ));
}

/** Redeems an emailed link's token once the person clicks (see /auth/confirm). */
export async function confirmEmailLinkAction(form: FormData): Promise<never> {
  const type = emailLinkTypeSchema.safeParse(text(form, 'type'));
  const tokenHash = text(form, 'token_hash');
  if (!type.success || typeof tokenHash !== 'string') redirect(invalid(routes.authConfirm));
  const next = safeNextPath(text(form, 'next'), type.data === 'recovery' ? routes.resetPassword : DEFAULT_AFTER_SIGN_IN);
  const supabase = await createSupabaseServerClient();
  redirect(await attempt(
    async () => (await verifyEmailLink(supabase, tokenHash, type.data), next),
    (error) => failed(routes.authConfirm, error),
  ));
}

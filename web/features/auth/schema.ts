// zod/mini: the same validation as zod with a fraction of the bundle (these forms are public pages).
// Messages are keys of auth.validation, turned into sentences by the form (sentences.ts).
import * as z from 'zod/mini';
import { PASSWORD_MAX_LENGTH, passwordRules } from './password-rules';

const email = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'emailRequired')),
  z.email('emailInvalid'),
);

export const newPasswordSchema = z.string().check(
  z.maxLength(PASSWORD_MAX_LENGTH, 'passwordTooLong'),
  z.superRefine((value, ctx) => {
    const unmet = passwordRules.filter((rule) => !rule.test(value));
    if (unmet.length > 0) {
      ctx.issues.push({ code: 'custom', input: value, message: `passwordWeak:${unmet.map((rule) => rule.id).join(',')}` });
    }
  }),
);

/** Mirrors profiles_full_name_length (the database checks again). */
export const FULL_NAME_MAX_LENGTH = 120;

export const fullNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'fullNameRequired'),
  z.maxLength(FULL_NAME_MAX_LENGTH, 'fullNameTooLong'),
);

export const loginSchema = z.object({
  email,
  password: z.string().check(z.minLength(1, 'passwordRequired')),
});

export const registerSchema = z.object({
  fullName: fullNameSchema,
  email,
  password: newPasswordSchema,
  acceptTerms: z.boolean().check(
    z.refine((v) => v, 'acceptTerms'),
  ),
  // The browser's zone (hidden field); the database keeps it only if it names a known zone.
  timeZone: z.catch(z.optional(z.string().check(z.maxLength(64))), undefined),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ password: newPasswordSchema, confirm: z.string() })
  .check(z.refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordsDiffer' }));

// `totp`, not `code`: a `code` query parameter is Supabase's PKCE code on /auth/callback.
export const totpCodeSchema = z.object({
  totp: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'totpFormat')),
});

export type LoginValues = z.infer<typeof loginSchema>;
export type RegisterValues = z.infer<typeof registerSchema>;
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
export type TotpCodeValues = z.infer<typeof totpCodeSchema>;

/** Email link types that /auth/confirm accepts (Supabase's EmailOtpType). */
export const emailLinkTypeSchema = z.enum(['signup', 'invite', 'magiclink', 'recovery', 'email_change', 'email']);
export type EmailLinkType = z.infer<typeof emailLinkTypeSchema>;

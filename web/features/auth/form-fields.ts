// What each auth form sends, read from its FormData the same way by the browser path
// (in-browser.ts) and the server actions (actions.ts), then checked by the same schema.
import type { ZodMiniType } from 'zod/mini';

const field = (form: FormData, name: string) => form.get(name) ?? undefined;

export const formFields = {
  login: (form: FormData) => ({ email: field(form, 'email'), password: field(form, 'password') }),
  register: (form: FormData) => ({
    fullName: field(form, 'fullName'), email: field(form, 'email'), password: field(form, 'password'),
    acceptTerms: form.get('acceptTerms') === 'on', timeZone: field(form, 'timeZone'),
  }),
  forgotPassword: (form: FormData) => ({ email: field(form, 'email') }),
  newPassword: (form: FormData) => ({ password: field(form, 'password'), confirm: field(form, 'confirm') }),
  totp: (form: FormData) => ({ totp: field(form, 'totp') }),
};

export type FieldErrors = Partial<Record<string, string>>;

/** The schema's values, or the first message key (auth.validation) of each field it refused. */
export function checkFields<T>(schema: ZodMiniType<T>, input: unknown): { values: T } | { errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { values: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
  return { errors };
}

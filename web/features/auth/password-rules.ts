// The password rules alone (no zod): the checklist shows them as a person types, on public pages
// whose first load must stay small; schema.ts enforces the same rules.

/**
 * Password rules (their labels: auth.password.rules in messages/), mirroring supabase/config.toml ([auth] minimum_password_length = 10,
 * password_requirements = "lower_upper_letters_digits") so the form says what Auth will check.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 72; // bcrypt, which Supabase Auth uses, reads 72 bytes

export const passwordRules = [
  { id: 'length', test: (v: string) => v.length >= PASSWORD_MIN_LENGTH },
  { id: 'lower', test: (v: string) => /[a-z]/.test(v) },
  { id: 'upper', test: (v: string) => /[A-Z]/.test(v) },
  { id: 'digit', test: (v: string) => /[0-9]/.test(v) },
] as const;

export type PasswordRuleId = (typeof passwordRules)[number]['id'];

/** The rules a candidate password does not meet yet (empty when it is acceptable). */
export function unmetPasswordRules(value: string): PasswordRuleId[] {
  return passwordRules.filter((rule) => !rule.test(value)).map((rule) => rule.id);
}

// Schemas and Auth answer with keys (a stable code, or `passwordWeak:lower,digit`); the forms
// turn them into sentences of the request's language.
import type { AuthText } from './auth-text';
import type { PasswordRuleId } from './password-rules';

/** The sentence for an error key of auth.errors; unknown keys get the generic sentence. */
export function errorSentence(text: AuthText, key: string): string {
  return (text.errors as Record<string, string>)[key] ?? text.errors.unexpected;
}

/** The sentence for a field's validation key (auth.validation), with the unmet password rules. */
export function fieldSentence(text: AuthText, message: string): string {
  const [key = '', detail] = message.split(':');
  if (key === 'passwordWeak') {
    const rules = (detail ?? '').split(',').filter(Boolean) as PasswordRuleId[];
    return `${text.validation.passwordWeak} ${rules.map((rule) => text.password.rules[rule].toLowerCase()).join(', ')}.`;
  }
  return (text.validation as Record<string, string>)[key] ?? message;
}

import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { signUpMetadata } from './mutations';
import { passwordRules, unmetPasswordRules } from './password-rules';
import { loginSchema, newPasswordSchema, registerSchema, resetPasswordSchema, totpCodeSchema } from './schema';
import { fieldSentence } from './sentences';

// The schemas answer with keys; the forms say them with fieldSentence() in the page's language.
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, text = fr.auth) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${fieldSentence(text, issue.message)}`) ?? [];

describe('password rules (config.toml: 10 characters, lower, upper, digits)', () => {
  it('lists every rule a password misses', () => {
    expect(unmetPasswordRules('')).toEqual(['length', 'lower', 'upper', 'digit']);
    expect(unmetPasswordRules('abcdefghij')).toEqual(['upper', 'digit']);
    expect(unmetPasswordRules('ABCDEFGHIJ1')).toEqual(['lower']);
    expect(unmetPasswordRules('Abcdefgh1')).toEqual(['length']);
    expect(unmetPasswordRules('Capitune-Demo-2026')).toEqual([]);
  });

  it('shows the four rules in French and in English', () => {
    expect(passwordRules.map((rule) => fr.auth.password.rules[rule.id])).toEqual([
      'Au moins 10 caractères', 'Une lettre minuscule', 'Une lettre majuscule', 'Un chiffre',
    ]);
    expect(passwordRules.map((rule) => en.auth.password.rules[rule.id])).toEqual([
      'At least 10 characters', 'A lowercase letter', 'An uppercase letter', 'A number',
    ]);
  });

  it('accepts a strong password and names what a weak one lacks', () => {
    expect(newPasswordSchema.safeParse('Montreal2026').success).toBe(true);
    const weak = newPasswordSchema.safeParse('montreal');
    expect(weak.success).toBe(false);
    expect(messages(weak)).toEqual([': Mot de passe trop faible\u202F: au moins 10 caractères, une lettre majuscule, un chiffre.']);
    expect(messages(weak, en.auth)).toEqual([': Password too weak: at least 10 characters, an uppercase letter, a number.']);
  });

  it('refuses passwords longer than bcrypt reads (72)', () => {
    expect(newPasswordSchema.safeParse(`Aa1${'x'.repeat(70)}`).success).toBe(false);
  });
});

describe('registerSchema', () => {
  const valid = { fullName: '  Amina Diallo ', email: ' Amina@Example.ca ', password: 'Montreal2026', acceptTerms: true };

  it('accepts a complete form and trims the name and email', () => {
    const result = registerSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ fullName: 'Amina Diallo', email: 'Amina@Example.ca' });
  });

  it('requires consent to the terms and privacy notice', () => {
    expect(messages(registerSchema.safeParse({ ...valid, acceptTerms: false }))).toEqual([
      "acceptTerms: Acceptez les conditions d’utilisation et la politique de confidentialité pour continuer.",
    ]);
  });

  it('reports each invalid field in French', () => {
    const result = registerSchema.safeParse({ fullName: ' ', email: 'pas-une-adresse', password: 'court', acceptTerms: true });
    expect(messages(result)).toEqual([
      'fullName: Indiquez votre nom complet.',
      'email: Adresse courriel invalide.',
      'password: Mot de passe trop faible\u202F: au moins 10 caractères, une lettre majuscule, un chiffre.',
    ]);
  });

  it('refuses names over 120 characters (profiles_full_name_length)', () => {
    expect(registerSchema.safeParse({ ...valid, fullName: 'x'.repeat(121) }).success).toBe(false);
  });
});

describe('sign-up metadata', () => {
  it('carries the trimmed full name and the current terms version only', () => {
    expect(signUpMetadata({ fullName: '  Lucas Martin ' })).toEqual({ full_name: 'Lucas Martin', terms_version: '2026-11' });
  });

  it('carries the browser’s time zone when the form sent one', () => {
    expect(signUpMetadata({ fullName: 'Awa', timeZone: 'Asia/Tokyo' }))
      .toEqual({ full_name: 'Awa', terms_version: '2026-11', time_zone: 'Asia/Tokyo' });
    const form = { fullName: 'Awa', email: 'awa@example.ca', password: 'Montreal2026', acceptTerms: true };
    expect(registerSchema.safeParse({ ...form, timeZone: 'Asia/Tokyo' }).data?.timeZone).toBe('Asia/Tokyo');
    // A junk value never blocks a sign-up: the account then takes the default zone.
    expect(registerSchema.safeParse({ ...form, timeZone: 'x'.repeat(65) })).toMatchObject({ success: true, data: { timeZone: undefined } });
  });
});

describe('other auth forms', () => {
  it('login needs an email and any password (no strength rule at sign-in)', () => {
    expect(loginSchema.safeParse({ email: 'a@b.ca', password: 'x' }).success).toBe(true);
    expect(messages(loginSchema.safeParse({ email: '', password: '' }))).toEqual([
      'email: Indiquez votre adresse courriel.',
      'password: Indiquez votre mot de passe.',
    ]);
  });

  it('reset password requires the confirmation to match', () => {
    expect(messages(resetPasswordSchema.safeParse({ password: 'Montreal2026', confirm: 'Montreal2027' }))).toEqual([
      'confirm: Les deux mots de passe ne correspondent pas.',
    ]);
    expect(resetPasswordSchema.safeParse({ password: 'Montreal2026', confirm: 'Montreal2026' }).success).toBe(true);
  });

  it('a TOTP code is exactly six digits', () => {
    expect(totpCodeSchema.safeParse({ totp: ' 123456 ' }).data).toEqual({ totp: '123456' });
    expect(totpCodeSchema.safeParse({ totp: '12345' }).success).toBe(false);
    expect(totpCodeSchema.safeParse({ totp: '12345a' }).success).toBe(false);
  });
});

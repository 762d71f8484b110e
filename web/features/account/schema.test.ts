import { describe, expect, it } from 'vitest';
import { preferencesSchema, toLocale } from './schema';

describe('preferences', () => {
  it('accept only the locales the database allows', () => {
    expect(preferencesSchema.safeParse({ locale: 'en-CA' }).success).toBe(true);
    expect(preferencesSchema.safeParse({ locale: 'es-MX' }).success).toBe(false);
  });

  it('fall back to fr-CA for an unknown stored locale', () => {
    expect(toLocale('fr-FR')).toBe('fr-FR');
    expect(toLocale('de-DE')).toBe('fr-CA');
  });
});

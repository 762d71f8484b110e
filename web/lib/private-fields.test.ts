import { describe, expect, it } from 'vitest';
import { withoutPrivateFields } from './private-fields';

describe('withoutPrivateFields', () => {
  it('drops every private field and keeps the rest of the URL', () => {
    const url = new URL('https://capitune.test/connexion?email=a%40b.ca&password=Secret-1&next=%2Fdossiers&totp=123456');
    expect(withoutPrivateFields(url)?.toString()).toBe('https://capitune.test/connexion?next=%2Fdossiers');
  });

  it('answers null for a URL without any, such as the PKCE callback', () => {
    expect(withoutPrivateFields(new URL('https://capitune.test/auth/callback?code=abc&next=%2Faccueil'))).toBeNull();
  });
});

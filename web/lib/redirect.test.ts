import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, withNext } from './redirect';

describe('safeNextPath', () => {
  it('keeps a same-origin path with its query and fragment', () => {
    expect(safeNextPath('/dossiers/42?onglet=documents#liste')).toBe('/dossiers/42?onglet=documents#liste');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/profil/../accueil')).toBe('/accueil');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });

  it.each([
    ['protocol-relative URL', '//evil.example/phish'],
    ['backslash trick', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['relative path', 'accueil'],
    ['newline smuggling', '/\n/evil.example'],
    ['tab smuggling', '/\t/evil.example'],
    ['path with a delete character', '/\u007f/evil.example'],
    ['path with a C1 control character', '/\u0085/evil.example'],
    ['empty string', ''],
  ])('refuses a %s', (_, next) => {
    expect(safeNextPath(next)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('refuses values that are not strings, and overlong ones', () => {
    expect(safeNextPath(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeNextPath(['/profil'])).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeNextPath(`/${'a'.repeat(3000)}`)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('uses the given fallback when the target is refused', () => {
    expect(safeNextPath('//evil.example', '/auth/reset-password')).toBe('/auth/reset-password');
  });

  it('keeps encoded slashes as a path on this site', () => {
    expect(safeNextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });
});

describe('withNext', () => {
  it('appends an encoded, sanitised return path', () => {
    expect(withNext('/connexion', '/dossiers?statut=brouillon')).toBe('/connexion?next=%2Fdossiers%3Fstatut%3Dbrouillon');
  });

  it('drops a hostile or default target', () => {
    expect(withNext('/connexion', '//evil.example')).toBe('/connexion');
    expect(withNext('/connexion', DEFAULT_AFTER_SIGN_IN)).toBe('/connexion');
    expect(withNext('/connexion', null)).toBe('/connexion');
  });
});

/**
 * Names of the form fields that carry a secret or personal data (sign-in, sign-up, password,
 * second factor, consent). Forms post them; a URL that holds one anyway (a form sent by an older
 * page, a shared link) is answered with a redirect to the same page without them.
 */
export const PRIVATE_FIELDS = ['email', 'password', 'confirm', 'fullName', 'acceptTerms', 'totp', 'factorId'] as const;

/** `url` without the private fields, or null when it holds none. */
export function withoutPrivateFields(url: URL): URL | null {
  const found = PRIVATE_FIELDS.filter((name) => url.searchParams.has(name));
  if (found.length === 0) return null;
  const clean = new URL(url);
  for (const name of found) clean.searchParams.delete(name);
  return clean;
}

/**
 * Version of the terms and privacy notice the app shows. It must equal
 * `private.settings.terms_version` in the database: sign-up metadata and accept_terms()
 * record consent only for that version.
 */
export const TERMS_VERSION = '2026-11';

/** Consent to the version in force; the database refuses every private read and write otherwise. */
export function acceptedCurrentTerms(account: { terms_version: string | null }): boolean {
  return account.terms_version === TERMS_VERSION;
}

export const PRIVACY_OFFICER = { name: 'Claire Gagnon', email: 'vie-privee@capitune.ca' } as const;

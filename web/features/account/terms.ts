/**
 * Version of the terms and privacy notice the app shows. It must equal
 * `private.settings.terms_version` in the database: sign-up metadata and accept_terms()
 * record consent only for that version.
 */
export const TERMS_VERSION = '2026-11';

export const PRIVACY_OFFICER = { name: 'Claire Gagnon', email: 'vie-privee@capitune.ca' } as const;

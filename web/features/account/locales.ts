// Apart from schema.ts, without zod: the preferences form draws its choices from it on the
// profile page, and the schema loads only when the form is sent.

/** Locales the database accepts (accounts_locale_supported). */
export const LOCALES = [
  { value: 'fr-CA', label: 'Français (Canada)' },
  { value: 'fr-FR', label: 'Français (France)' },
  { value: 'en-CA', label: 'English (Canada)' },
] as const;

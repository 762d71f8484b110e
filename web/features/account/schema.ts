import * as z from 'zod/mini';

/** Locales the database accepts (accounts_locale_supported). */
export const LOCALES = [
  { value: 'fr-CA', label: 'Français (Canada)' },
  { value: 'fr-FR', label: 'Français (France)' },
  { value: 'en-CA', label: 'English (Canada)' },
] as const;

export const localeSchema = z.enum(['fr-CA', 'fr-FR', 'en-CA'], 'Langue non prise en charge.');

/** A stored locale, or the default when the value is not one the app knows. */
export const toLocale = (value: string) => z.catch(localeSchema, 'fr-CA').parse(value);

export const preferencesSchema = z.object({
  emailNotifications: z.boolean(),
  locale: localeSchema,
});

export type PreferencesValues = z.infer<typeof preferencesSchema>;

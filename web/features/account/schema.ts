import * as z from 'zod/mini';

export const localeSchema = z.enum(['fr-CA', 'fr-FR', 'en-CA'], 'Langue non prise en charge.');

/** A stored locale, or the default when the value is not one the app knows. */
export const toLocale = (value: string) => z.catch(localeSchema, 'fr-CA').parse(value);

export const preferencesSchema = z.object({
  locale: localeSchema,
});

export type PreferencesValues = z.infer<typeof preferencesSchema>;

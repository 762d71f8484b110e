import * as z from 'zod/mini';

// The message is a key of `validation`: the form says it in the page's language.
export const localeSchema = z.enum(['fr-CA', 'fr-FR', 'en-CA'], 'localeUnsupported');

/** A stored locale, or the default when the value is not one the app knows. */
export const toLocale = (value: string) => z.catch(localeSchema, 'fr-CA').parse(value);

export const preferencesSchema = z.object({
  locale: localeSchema,
});

export type PreferencesValues = z.infer<typeof preferencesSchema>;

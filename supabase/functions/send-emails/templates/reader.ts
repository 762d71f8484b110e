// Who reads the email: their language, as private.enqueue_email() put it in the payload
// (accounts.locale). Instants come already written in their zone by the database (kinds.ts).

export const emailLocales = ['fr-CA', 'fr-FR', 'en-CA'] as const;
export type EmailLocale = typeof emailLocales[number];
export type Reader = { locale: EmailLocale; language: 'fr' | 'en' };

export function readerOf(payload: { locale?: string }): Reader {
  const locale = (emailLocales as readonly string[]).includes(payload.locale ?? '')
    ? payload.locale as EmailLocale
    : 'fr-CA';
  return { locale, language: locale.startsWith('en') ? 'en' : 'fr' };
}

const validDate = (value: string | undefined) => {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** A calendar day (YYYY-MM-DD, the recipient's day as the database counted it), in the reader's language. */
export function day(value: string | undefined, reader: Reader): string | undefined {
  const date = validDate(value ? `${value}T12:00:00Z` : undefined);
  return date ? new Intl.DateTimeFormat(reader.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date) : undefined;
}

// Who reads the email: their language and their zone, as private.enqueue_email() put them in the
// payload (accounts.locale, accounts.time_zone). Every time is written in that zone, its name in words.
import { timeZoneName } from '../../_shared/contract/time-zone-names.ts';

export const emailLocales = ['fr-CA', 'fr-FR', 'en-CA'] as const;
export type EmailLocale = typeof emailLocales[number];
export type Reader = { locale: EmailLocale; language: 'fr' | 'en'; timeZone: string };

/** The zone of a payload that names none Intl knows (an older row, a removed zone). */
export const fallbackTimeZone = 'America/Toronto';

function knownZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function readerOf(payload: { locale?: string; time_zone?: string }): Reader {
  const locale = (emailLocales as readonly string[]).includes(payload.locale ?? '')
    ? payload.locale as EmailLocale
    : 'fr-CA';
  const timeZone = knownZone(payload.time_zone) ? payload.time_zone : fallbackTimeZone;
  return { locale, language: locale.startsWith('en') ? 'en' : 'fr', timeZone };
}

const validDate = (value: string | undefined) => {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** An instant as the reader's wall time, then the zone as the notifications name it (« heure de l’Est »). */
export function instant(
  value: string | undefined,
  reader: Reader,
  dateStyle: 'full' | 'long' = 'full',
): string | undefined {
  const date = validDate(value);
  if (!date) return undefined;
  const wall = new Intl.DateTimeFormat(reader.locale, { dateStyle, timeStyle: 'short', timeZone: reader.timeZone })
    .format(date);
  return `${wall} (${timeZoneName(reader.timeZone, reader.language, date)})`;
}

/** A calendar day (YYYY-MM-DD, the recipient's day as the database counted it), in the reader's language. */
export function day(value: string | undefined, reader: Reader): string | undefined {
  const date = validDate(value ? `${value}T12:00:00Z` : undefined);
  return date ? new Intl.DateTimeFormat(reader.locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date) : undefined;
}

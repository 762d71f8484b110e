// Dates and times in the reader's locale (fr-CA by default). In the browser they use the viewer's own time zone (Intl
// resolves it); the server, which cannot know it, renders FALLBACK_TIME_ZONE until hydration.

export const APP_LOCALE = 'fr-CA';

/** Zone of the first server render; the platform's reference zone (the database's « heure de l'Est »). */
export const FALLBACK_TIME_ZONE = 'America/Toronto';

export type InstantStyle = 'datetime' | 'date' | 'time' | 'compact';

const STYLES: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: 'long', timeStyle: 'short' },
  date: { dateStyle: 'long' },
  time: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  compact: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const RANGE: Intl.DateTimeFormatOptions = {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string | undefined, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}|${timeZone ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** One instant, e.g. « 2 décembre 2026 à 19 h 00 ». `timeZone` undefined = the runtime's own. */
export function formatInstant(iso: string, style: InstantStyle = 'datetime', timeZone?: string, locale: string = APP_LOCALE): string {
  return formatter(STYLES[style], timeZone, locale).format(new Date(iso));
}

/** An event's span with its zone, e.g. « mercredi 2 décembre 2026, 19 h 00 – 20 h 30 HNE ». */
export function formatRange(startIso: string, endIso: string, timeZone?: string, locale: string = APP_LOCALE): string {
  return formatter(RANGE, timeZone, locale).formatRange(new Date(startIso), new Date(endIso));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000],
];

/** « il y a 5 minutes », « hier », « maintenant »; past a week, the date itself. */
export function formatRelative(iso: string, now: number = Date.now(), timeZone?: string, locale: string = APP_LOCALE): string {
  const elapsed = new Date(iso).getTime() - now;
  if (Math.abs(elapsed) >= 7 * 86_400_000) return formatInstant(iso, 'compact', timeZone, locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relative.format(Math.round(elapsed / size), unit);
  }
  // « now » in the locale's words (« maintenant », « now »): Intl's own, no message needed.
  return relative.format(0, 'second');
}

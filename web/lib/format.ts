// The app's one formatter for dates, times and numbers, in the reader's locale (fr-CA by default)
// and French typography: « mer. 2 déc., 19 h (heure de l’Est) », « 1er octobre », « 9 h 30 », with
// no-break spaces where a line must not break. Built from Intl's parts rather than its patterns, so
// the server's and the browser's ICU write the same text. `timeZone` undefined = the runtime's own
// (the viewer's, in the browser); the server, which cannot know it, renders FALLBACK_TIME_ZONE.

export const APP_LOCALE = 'fr-CA';

/** Zone of the first server render; the platform's reference zone (the database's « heure de l’Est »). */
export const FALLBACK_TIME_ZONE = 'America/Toronto';

/** U+00A0, inside « 9 h 30 », between a number and its unit, a day and its month. */
export const NBSP = '\u00A0';
/** U+202F, French's narrow no-break space before ; : ! ? » and after «. */
export const NNBSP = '\u202F';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

// Building an Intl formatter costs far more than using one (a page of twenty posts formats
// forty dates as it hydrates): each is built once per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat>();
const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, key: string, build: () => F): F {
  let found = cache.get(key);
  if (!found) {
    found = build();
    cache.set(key, found);
  }
  return found;
}

function parts(date: Date, options: Intl.DateTimeFormatOptions, timeZone: string | undefined, locale: string): Parts {
  const key = `${locale}|${JSON.stringify(options)}|${timeZone ?? ''}`;
  const found = cached(formatters, key, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
  return Object.fromEntries(found.formatToParts(date).map((part) => [part.type, part.value]));
}

const isFrench = (locale: string) => locale.startsWith('fr');

const FIELDS: Intl.DateTimeFormatOptions = {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit',
};

/** « 19 h », « 9 h 30 »; "7 p.m.", "7:30 p.m.". */
function clock(date: Date, timeZone: string | undefined, locale: string): string {
  if (isFrench(locale)) {
    const { hour = '', minute = '00' } = parts(date, { ...FIELDS, hourCycle: 'h23' }, timeZone, locale);
    return `${Number(hour)}${NBSP}h${minute === '00' ? '' : `${NBSP}${minute}`}`;
  }
  const { hour = '', minute = '00', dayPeriod = '' } = parts(date, { ...FIELDS, hourCycle: 'h12' }, timeZone, locale);
  return `${hour}${minute === '00' ? '' : `:${minute}`}${NBSP}${dayPeriod}`;
}

type CalendarOptions = { weekday?: boolean; month: 'short' | 'long'; year: boolean };

/** « mer. 2 déc. 2026 », « 1er octobre »; "Wed, Dec 2, 2026", "October 1". */
function calendar(date: Date, timeZone: string | undefined, locale: string, { weekday = false, month, year }: CalendarOptions): string {
  const p = parts(date, { weekday: 'short', day: 'numeric', month, year: 'numeric' }, timeZone, locale);
  if (isFrench(locale)) {
    const day = p.day === '1' ? '1er' : p.day;
    return [weekday ? p.weekday : null, `${day}${NBSP}${p.month}`, year ? p.year : null].filter(Boolean).join(' ');
  }
  const monthDay = `${p.month}${NBSP}${p.day}`;
  return `${weekday ? `${p.weekday}, ` : ''}${monthDay}${year ? `, ${p.year}` : ''}`;
}

/**
 * The zone as people name it: « heure de l’Est », "Eastern Time" (Intl's generic name), with French's
 * narrow space before ICU's colon (« heure : Royaume-Uni »). The notifications and emails use these names.
 */
export function zoneName(timeZone: string | undefined, locale: string = APP_LOCALE, at: Date = new Date()): string {
  const name = parts(at, { timeZoneName: 'longGeneric' }, timeZone, locale).timeZoneName;
  return name ? name.replace(' :', `${NNBSP}:`) : timeZone ?? '';
}

export type InstantStyle = 'date' | 'datetime' | 'compact' | 'time';

/**
 * One instant: `date` « 2 décembre 2026 », `datetime` « mer. 2 déc. 2026, 19 h », `compact`
 * « 2 déc. 2026, 19 h 30 », `time` « 19 h 30 ».
 */
export function formatInstant(iso: string, style: InstantStyle = 'datetime', timeZone?: string, locale: string = APP_LOCALE): string {
  const date = new Date(iso);
  if (style === 'time') return clock(date, timeZone, locale);
  if (style === 'date') return calendar(date, timeZone, locale, { month: 'long', year: true });
  const day = calendar(date, timeZone, locale, { weekday: style === 'datetime', month: 'short', year: true });
  return `${day}, ${clock(date, timeZone, locale)}`;
}

const yearOf = (date: Date, timeZone: string | undefined) => parts(date, { year: 'numeric' }, timeZone, 'en-CA').year;

/**
 * An event's span with its zone named: « mer. 2 déc., 19 h – 20 h 30 (heure de l’Est) »; the year
 * only when it is not the current one, the second day only when the event ends on another.
 */
export function formatRange(startIso: string, endIso: string, timeZone?: string, locale: string = APP_LOCALE, now: number = Date.now()): string {
  const [start, end] = [new Date(startIso), new Date(endIso)];
  const day = (date: Date) => calendar(date, timeZone, locale, { weekday: true, month: 'short', year: yearOf(date, timeZone) !== yearOf(new Date(now), timeZone) });
  const sameDay = day(start) === day(end);
  const to = sameDay ? clock(end, timeZone, locale) : `${day(end)}, ${clock(end, timeZone, locale)}`;
  return `${day(start)}, ${clock(start, timeZone, locale)}${NBSP}– ${to} (${zoneName(timeZone, locale, start)})`;
}

/** A calendar day (a `date` column, 'YYYY-MM-DD'): no time zone, so read and shown as UTC and never shifted. */
export function formatDay(day: string, locale: string = APP_LOCALE): string {
  return calendar(new Date(`${day}T00:00:00Z`), 'UTC', locale, { month: 'long', year: true });
}

/** A date, or « — » when there is none. */
export function formatDate(iso: string | null | undefined, timeZone?: string, locale: string = APP_LOCALE): string {
  return iso ? formatInstant(iso, 'date', timeZone, locale) : '—';
}

/** A date and time, or « — » when there is none. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string, locale: string = APP_LOCALE): string {
  return iso ? formatInstant(iso, 'compact', timeZone, locale) : '—';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000],
];

/** « il y a 5 minutes », « hier », « maintenant »; past a week, the date itself. */
export function formatRelative(iso: string, now: number = Date.now(), timeZone?: string, locale: string = APP_LOCALE): string {
  const elapsed = new Date(iso).getTime() - now;
  if (Math.abs(elapsed) >= 7 * 86_400_000) return formatInstant(iso, 'compact', timeZone, locale);
  const relative = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relative.format(Math.round(elapsed / size), unit);
  }
  // « now » in the locale's words (« maintenant », "now"): Intl's own, no message needed.
  return relative.format(0, 'second');
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return cached(relativeFormatters, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/** « Aujourd’hui », « Hier » or the date, by the runtime's calendar days: the chat's separators. */
export function formatDayLabel(iso: string, now: Date = new Date(), locale: string = APP_LOCALE): string {
  const date = new Date(iso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(date) - startOf(now)) / 86_400_000);
  if (days !== 0 && days !== -1) return formatInstant(iso, 'date', undefined, locale);
  const word = relativeFormat(locale).format(days, 'day');
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

/** « 12 345 », « 2,5 ». */
export function formatNumber(value: number, locale: string = APP_LOCALE, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormatters, `${locale}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** A number and its unit, never apart: « 2,5 Mo », « 12 j ». */
export function formatQuantity(value: number, unit: string, locale: string = APP_LOCALE, options?: Intl.NumberFormatOptions): string {
  return `${formatNumber(value, locale, options)}${NBSP}${unit}`;
}

import { useMemo } from 'react';
import { useDateLocale } from '@/components/ui/date-locale';
import { formatDate, formatDateTime, formatNumber, formatRange, zoneName } from '@/lib/format';
import { fill } from './admin-text';

// The app's formatter in the reader's locale (the layouts' DateLocaleProvider), in the viewer's own
// time zone: admin data is fetched in the browser, so nothing here renders on the server.
export function adminFormat(locale: string) {
  // A calendar day (yyyy-mm-dd) is the same day everywhere: read and written in UTC.
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const plurals = new Intl.PluralRules(locale);
  return {
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, undefined, locale),
    date: (iso: string | null | undefined) => formatDate(iso, undefined, locale),
    /** An event's span with its zone named: « mer. 2 déc., 19 h – 20 h 30 (heure de l’Est) ». */
    range: (startIso: string, endIso: string) => formatRange(startIso, endIso, undefined, locale),
    /** « heure de l’Est », "Eastern Time". */
    zone: (timeZone: string) => zoneName(timeZone, locale),
    /** « 16 nov. » for the day 2026-11-16. */
    dayMonth: (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`)),
    number: (value: number) => formatNumber(value, locale),
    /** « 1 membre », « 3 membres »: the form the language's plural rules pick, `{count}` filled in. */
    count: (value: number, forms: { one: string; other: string }) =>
      fill(plurals.select(value) === 'one' ? forms.one : forms.other, { count: formatNumber(value, locale) }),
  };
}

export type AdminFormat = ReturnType<typeof adminFormat>;

export function useAdminFormat(): AdminFormat {
  const locale = useDateLocale();
  return useMemo(() => adminFormat(locale), [locale]);
}

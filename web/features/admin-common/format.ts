import { useMemo } from 'react';
import { useDateLocale } from '@/components/ui/date-locale';
import { fill } from './admin-text';

// Dates and numbers in the reader's locale (the layouts' DateLocaleProvider), in the viewer's own
// time zone: admin data is fetched in the browser, so nothing here renders on the server.
export function adminFormat(locale: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A calendar day (yyyy-mm-dd) is the same day everywhere: read and written in UTC.
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return {
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
    /** « 16 nov. » for the day 2026-11-16. */
    dayMonth: (day: string) => dayMonth.format(new Date(`${day}T00:00:00Z`)),
    number: (value: number) => number.format(value),
    /** « 1 membre », « 3 membres »: the form the language's plural rules pick, `{count}` filled in. */
    count: (value: number, forms: { one: string; other: string }) =>
      fill(plurals.select(value) === 'one' ? forms.one : forms.other, { count: number.format(value) }),
  };
}

export type AdminFormat = ReturnType<typeof adminFormat>;

export function useAdminFormat(): AdminFormat {
  const locale = useDateLocale();
  return useMemo(() => adminFormat(locale), [locale]);
}

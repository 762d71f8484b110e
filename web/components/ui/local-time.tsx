'use client';

import { useDateLocale, useHydrated } from '@/components/ui/date-locale';
import { FALLBACK_TIME_ZONE, formatInstant, formatRange, formatRelative, type InstantStyle } from '@/lib/format';

type LocalTimeProps = { iso: string; style?: InstantStyle; className?: string };

// The server's and the browser's ICU may spell the same date differently (spaces, zone names):
// suppressHydrationWarning keeps the server's text through hydration, then the viewer's replaces it.

/** A date in the viewer's time zone; the server's render uses the fallback zone until hydration. */
export function LocalTime({ iso, style = 'datetime', className }: LocalTimeProps) {
  const zone = useHydrated() ? undefined : FALLBACK_TIME_ZONE;
  const locale = useDateLocale();
  return <time dateTime={iso} className={className} suppressHydrationWarning>{formatInstant(iso, style, zone, locale)}</time>;
}

/** An event's start and end in the viewer's zone, with the zone's name. */
export function LocalTimeRange({ start, end, className }: { start: string; end: string; className?: string }) {
  const zone = useHydrated() ? undefined : FALLBACK_TIME_ZONE;
  const locale = useDateLocale();
  return <time dateTime={start} className={className} suppressHydrationWarning>{formatRange(start, end, zone, locale)}</time>;
}

/** « il y a 5 minutes » once in the browser (the server cannot know « now » for the reader). */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const hydrated = useHydrated();
  const locale = useDateLocale();
  const text = hydrated ? formatRelative(iso, undefined, undefined, locale) : formatInstant(iso, 'compact', FALLBACK_TIME_ZONE, locale);
  return <time dateTime={iso} title={hydrated ? formatInstant(iso, 'datetime', undefined, locale) : undefined} className={className} suppressHydrationWarning>{text}</time>;
}

'use client';

import { useDateLocale, useHydrated } from '@/components/ui/date-locale';
import { FALLBACK_TIME_ZONE, formatDate, formatDateTime } from '@/lib/format';

type CaseTimeProps = { iso: string; withTime?: boolean; className?: string };

/**
 * A date of the dossier's first view, which the server renders: in the platform's zone for that
 * render and hydration (so both draw the same text), then in the viewer's. As LocalTime, the
 * server's and the browser's ICU may space it differently, hence suppressHydrationWarning.
 */
export function CaseTime({ iso, withTime = false, className }: CaseTimeProps) {
  const zone = useHydrated() ? undefined : FALLBACK_TIME_ZONE;
  const locale = useDateLocale();
  const text = withTime ? formatDateTime(iso, zone, locale) : formatDate(iso, zone, locale);
  return <time dateTime={iso} className={className} suppressHydrationWarning>{text}</time>;
}

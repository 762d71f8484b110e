import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { DateLocaleProvider } from '@/components/ui/date-locale';
import { LocalTimeRange } from '@/components/ui/local-time';
import { seats, seatsLabel } from '@/features/live';
import { routes } from '@/lib/routes';
import { CalendarDaysIcon } from './icons';
import { fetchPublicUpcomingEvents } from './public-events';

const EXCERPT = 160;

/** « Prochains Live »: streamed after the rest of the page, read per request (seats change). */
export async function UpcomingEvents() {
  await connection();
  const [t, seatsText, locale] = await Promise.all([getTranslations('home'), getTranslations('live.seats'), getLocale()]);
  const events = await fetchPublicUpcomingEvents();
  if (!events) {
    return <p className="text-slate-700">{t('eventsUnavailable')} <Link href={routes.register}>{t('eventsUnavailableLink')}</Link>{t('eventsUnavailableAfter')}</p>;
  }
  if (events.length === 0) {
    return <p className="text-slate-700" data-test="home-no-events">{t('noEvents')}</p>;
  }
  return (
    <DateLocaleProvider locale={locale}>
      <ul className="grid gap-4 md:grid-cols-3" data-test="home-events">
        {events.map((event) => (
          <li key={event.id} data-test="home-event" className="flex flex-col rounded-lg border border-slate-200 bg-white p-5">
            <CalendarDaysIcon className="size-6 text-brand-700" />
            <h3 className="mt-3 font-semibold text-slate-900">{event.title}</h3>
            <p className="mt-1 text-sm text-slate-700"><LocalTimeRange start={event.starts_at} end={event.ends_at} /></p>
            {event.description ? (
              <p className="mt-2 text-sm text-slate-700">{event.description.length > EXCERPT ? `${event.description.slice(0, EXCERPT - 1)}…` : event.description}</p>
            ) : null}
            <p className="mt-3 text-sm font-medium text-slate-800">{seatsLabel(seats({ ...event, waitlist_count: 0 }), seatsText)}</p>
            <Link href={routes.register} className="mt-auto inline-block pt-3 text-sm font-medium">
              {t('registerToJoin')}<span className="sr-only">{t('registerToJoinEvent', { title: event.title })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </DateLocaleProvider>
  );
}

/** Same footprint as the list while it streams in (no layout shift). */
export async function UpcomingEventsFallback() {
  const t = await getTranslations('home');
  return (
    <div role="status" className="grid gap-4 md:grid-cols-3">
      <span className="sr-only">{t('loadingEvents')}</span>
      {[0, 1, 2].map((i) => <div key={i} aria-hidden="true" className="h-52 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none" />)}
    </div>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LocalTimeRange } from '@/components/ui/local-time';
import { liveEventPath, routes } from '@/lib/routes';
import type { DashboardEvent } from './queries';
import { DashboardSection, SectionEmpty, SectionError } from './section';

/** The next Live the viewer registered for (or waits for), in their time zone. */
export async function EventsSection({ events }: { events: DashboardEvent[] | null }) {
  const [t, labels] = await Promise.all([getTranslations('dashboard'), getTranslations('labels')]);
  return (
    <DashboardSection id="tableau-live" testId="dashboard-events" title={t('eventsTitle')} moreHref={routes.live} moreLabel={t('allLive')}>
      {!events ? <SectionError /> : events.length === 0 ? (
        <SectionEmpty>{t('noEvents')} <Link href={routes.live}>{t('discoverLive')}</Link></SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {events.map((event) => (
            <li key={event.id} data-test="dashboard-event">
              <Link href={liveEventPath(event.id)} prefetch={false} className="font-medium">{event.title}</Link>
              <p className="text-sm text-slate-600"><LocalTimeRange start={event.starts_at} end={event.ends_at} /></p>
              {event.registration === 'waitlisted' ? <Badge tone="warning" className="mt-1">{labels('registrationStatus.waitlisted')}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

import { registrationStatusLabels } from '@contract/labels';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { LocalTimeRange } from '@/components/ui/local-time';
import { liveEventPath, routes } from '@/lib/routes';
import type { DashboardEvent } from './queries';
import { DashboardSection, SectionEmpty, SectionError } from './section';

/** The next Live the viewer registered for (or waits for), in their time zone. */
export function EventsSection({ events }: { events: DashboardEvent[] | null }) {
  return (
    <DashboardSection id="tableau-live" testId="dashboard-events" title="Mes prochains Live" moreHref={routes.live} moreLabel="Tous les Live">
      {!events ? <SectionError /> : events.length === 0 ? (
        <SectionEmpty>Aucune inscription à venir. <Link href={routes.live}>Découvrir les prochains Live</Link></SectionEmpty>
      ) : (
        <ul className="space-y-3">
          {events.map((event) => (
            <li key={event.id} data-test="dashboard-event">
              <Link href={liveEventPath(event.id)} prefetch={false} className="font-medium">{event.title}</Link>
              <p className="text-sm text-slate-600"><LocalTimeRange start={event.starts_at} end={event.ends_at} /></p>
              {event.registration === 'waitlisted' ? <Badge tone="warning" className="mt-1">{registrationStatusLabels.waitlisted}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

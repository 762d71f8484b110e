'use client';

import { PlayCircle } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { LocalTimeRange } from '@/components/ui/local-time';
import { liveEventPath } from '@/lib/routes';
import { PhaseBadge, RegistrationBadge, SeatsBadge } from './event-badges';
import type { LiveEvent, MyRegistration } from './queries';
import { eventPhase, safeHttpsUrl, seats } from './seats';

// Not prefetched: a prefetch renders the event page's metadata, one database read per event in view.
/** An event in a list: title (link to its page), when in the viewer's zone, seats and the viewer's standing. */
export function EventCard({ event, registration }: { event: LiveEvent; registration: MyRegistration | null | undefined }) {
  const t = useTranslations('live');
  const titleId = useId();
  const phase = eventPhase(event);
  const replay = phase === 'ended' ? safeHttpsUrl(event.replay_url) : null;
  return (
    <article aria-labelledby={titleId} data-test="event-card" data-event-id={event.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={titleId} className="text-lg font-semibold">
          <Link href={liveEventPath(event.id)} prefetch={false} className="text-slate-900 no-underline hover:underline">{event.title}</Link>
        </h2>
        <div className="flex flex-wrap gap-2">
          <PhaseBadge phase={phase} />
          <RegistrationBadge registration={registration} />
        </div>
      </div>
      <p className="mt-1 text-slate-700"><LocalTimeRange start={event.starts_at} end={event.ends_at} /></p>
      {event.description ? <p className="mt-2 line-clamp-2 whitespace-pre-line break-words text-slate-700">{event.description}</p> : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {phase === 'upcoming' || phase === 'in_progress' ? <SeatsBadge seats={seats(event)} /> : null}
        {replay ? (
          <a href={replay} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-9 items-center gap-2 text-sm">
            <PlayCircle aria-hidden="true" className="size-4" />{t('replay')}<span className="sr-only">{t('replayOf', { title: event.title })}</span>
          </a>
        ) : null}
      </div>
    </article>
  );
}

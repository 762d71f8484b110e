'use client';

import { CalendarX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useViewer } from '@/components/providers/viewer-context';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { EventCard } from './event-card';
import type { EventPeriod } from './queries';
import { useEvents, useMyRegistrations } from './use-live';

/** Upcoming events, soonest first, or past ones with their replays. */
export function EventList({ period }: { period: EventPeriod }) {
  const { describe } = useErrorText();
  const t = useTranslations('live');
  const viewer = useViewer();
  const events = useEvents(period);
  const registrations = useMyRegistrations(viewer.id);

  if (events.isPending) {
    return <div role="status" className="space-y-4"><span className="sr-only">{t('loadingEvents')}</span><Skeleton className="h-32" /><Skeleton className="h-32" /></div>;
  }
  if (events.isError) {
    return (
      <Alert tone="danger" title={t('loadError')}>
        <p>{describe(events.error)}</p>
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => void events.refetch()}>{t('retry')}</Button>
      </Alert>
    );
  }
  if (events.data.length === 0) {
    return period === 'upcoming'
      ? <EmptyState icon={CalendarX} title={t('noUpcomingTitle')} description={t('noUpcomingText')} />
      : <EmptyState icon={CalendarX} title={t('noPastTitle')} description={t('noPastText')} />;
  }
  const byEvent = new Map((registrations.data ?? []).map((r) => [r.event_id, r]));
  return (
    <ul className="space-y-4" data-test="event-list">
      {events.data.map((event) => (
        <li key={event.id}><EventCard event={event} registration={byEvent.get(event.id)} /></li>
      ))}
    </ul>
  );
}

'use client';

import { CalendarX } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useViewer } from '@/components/providers/viewer-context';
import { describeError } from '@/lib/supabase/errors';
import { EventCard } from './event-card';
import type { EventPeriod } from './queries';
import { useEvents, useMyRegistrations } from './use-live';

/** Upcoming events, soonest first, or past ones with their replays. */
export function EventList({ period }: { period: EventPeriod }) {
  const viewer = useViewer();
  const events = useEvents(period);
  const registrations = useMyRegistrations(viewer.id);

  if (events.isPending) {
    return <div role="status" className="space-y-4"><span className="sr-only">Chargement des événements…</span><Skeleton className="h-32" /><Skeleton className="h-32" /></div>;
  }
  if (events.isError) {
    return (
      <Alert tone="danger" title="Les événements n’ont pas pu être chargés">
        <p>{describeError(events.error)}</p>
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => void events.refetch()}>Réessayer</Button>
      </Alert>
    );
  }
  if (events.data.length === 0) {
    return period === 'upcoming'
      ? <EmptyState icon={CalendarX} title="Aucun Live prévu pour l’instant" description="Les prochains webinaires avec nos experts seront annoncés ici." />
      : <EmptyState icon={CalendarX} title="Aucun Live passé" description="Les rediffusions des webinaires apparaîtront ici." />;
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

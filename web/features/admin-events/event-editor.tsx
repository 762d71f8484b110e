'use client';

import { CalendarX } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { useToast } from '@/components/ui/toast';
import { fill, LoadError, LoadingRows, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { routes } from '@/lib/routes';
import { AttendeesPanel } from './attendees-panel';
import { EventStatusBadge } from './event-status-badge';
import { toFormValues, type EventFormValues, type EventRow } from './event-values';
import { useAdminEvent, useUpdateEvent } from './use-admin-events';

// Out of the first load: the form (and its form library) is fetched while the event loads, the
// cancellation dialog when first opened.
const loadEventForm = () => import('./event-form');
const EventForm = lazy(() => loadEventForm().then((m) => ({ default: m.EventForm })));
const CancelEventDialog = lazy(() => import('./cancel-event-dialog').then((m) => ({ default: m.CancelEventDialog })));

/** The event's page body; its h1 is the event's title once loaded. */
export function EventEditor({ eventId }: { eventId: string }) {
  const text = useAdminText().admin.events;
  const { data, error, isPending, refetch } = useAdminEvent(eventId);
  useEffect(() => {
    void loadEventForm(); // in parallel with the event's own request
  }, []);
  return (
    <>
      <PageHeader title={data?.event.title ?? text.fallbackTitle} titleTestId="admin-title"
        actions={<ButtonLink href={routes.adminEvents} variant="secondary" size="sm">{text.all}</ButtonLink>} />
      {isPending ? <LoadingRows label={text.loadingEvent} />
        : error ? <LoadError error={error} onRetry={() => void refetch()} />
        : !data ? <EmptyState icon={CalendarX} title={text.notFound} description={text.notFoundText} />
        : <Loaded event={data.event} joinUrl={data.joinUrl} />}
    </>
  );
}

function Loaded({ event, joinUrl }: { event: EventRow; joinUrl: string | null }) {
  const describeFailure = useDescribeAdminError();
  const { events: text } = useAdminText().admin;
  const format = useAdminFormat();
  const toast = useToast();
  const update = useUpdateEvent(event.id, joinUrl);
  const [cancelling, setCancelling] = useState(false);
  // Read once, when the page opens. An event that has ended cannot be cancelled (cancel_event refuses it).
  const [now] = useState(Date.now);
  const onSubmit = (values: EventFormValues) =>
    update.mutateAsync(values).then(
      () => toast.success(text.saved),
      (failure: unknown) => {
        toast.error(describeFailure(failure));
        throw failure;
      },
    );
  const cancelled = event.status === 'cancelled';
  return (
    <div className="grid max-w-4xl grid-cols-1 gap-6" data-test="event-editor">
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <EventStatusBadge status={event.status} endsAt={event.ends_at} />
        <span>{format.range(event.starts_at, event.ends_at)}</span>
      </div>
      {cancelled ? (
        <Alert tone="warning" title={text.cancelledTitle} data-test="event-cancelled">
          {fill(text.cancelledReason, { reason: event.cancellation_reason ?? '—' })}
        </Alert>
      ) : (
        <Card title={text.edit}>
          {/* Keyed by the saved row, so the form restarts from what the database holds. */}
          <Suspense fallback={<LoadingRows label={text.loadingForm} rows={3} />}>
            <EventForm key={event.updated_at} initial={toFormValues(event, joinUrl)} submitLabel={text.save} requireChanges onSubmit={onSubmit} />
          </Suspense>
        </Card>
      )}
      <AttendeesPanel eventId={event.id} title={event.title} startsAt={event.starts_at} />
      {event.status === 'scheduled' && new Date(event.ends_at).getTime() > now ? (
        <Card title={text.cancelTitle} description={text.cancelText}>
          <Button variant="danger" onClick={() => setCancelling(true)} data-test="event-cancel">{text.cancelButton}</Button>
          <Suspense fallback={null}>{cancelling ? <CancelEventDialog open onClose={() => setCancelling(false)} eventId={event.id} title={event.title}
            attendeeCount={event.registered_count + event.waitlist_count} /> : null}</Suspense>
        </Card>
      ) : null}
    </div>
  );
}

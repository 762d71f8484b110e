'use client';

import { CalendarDays } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { fill, LoadError, LoadingRows, Pager, table, TableRegion, tbody, td, th, thead, tr, useAdminFormat, useAdminText } from '@/features/admin-common';
import { adminEventPath } from '@/lib/routes';
import { EventStatusBadge } from './event-status-badge';
import { EVENTS_PAGE_SIZE, type AdminEventListItem, type EventFilter } from './queries';
import { useAdminEvents } from './use-admin-events';

export function EventsList() {
  const { events: text, common } = useAdminText().admin;
  const filters: { value: EventFilter; label: string }[] = [
    { value: 'all', label: text.filterAll },
    { value: 'scheduled', label: text.filterScheduled },
    { value: 'completed', label: text.filterCompleted },
    { value: 'cancelled', label: text.filterCancelled },
  ];
  const [filter, setFilter] = useState<EventFilter>('all');
  const [page, setPage] = useState(1);
  const { data, error, isPending, isFetching, refetch } = useAdminEvents(filter, page);
  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <Select label={common.show} options={filters} value={filter} data-test="events-filter"
          onChange={(event) => { setFilter(event.currentTarget.value as EventFilter); setPage(1); }} />
      </div>
      {isPending ? <LoadingRows label={text.loading} /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
        data.events.length === 0
          ? <EmptyState icon={CalendarDays} title={text.none} description={text.noneText} />
          : <>
            <EventsTable events={data.events} />
            <Pager page={page} pageCount={Math.max(Math.ceil(data.total / EVENTS_PAGE_SIZE), 1)} onPage={setPage} disabled={isFetching} label={text.pages} />
          </>
      )}
    </div>
  );
}

function EventsTable({ events }: { events: AdminEventListItem[] }) {
  const text = useAdminText().admin.events;
  const format = useAdminFormat();
  return (
    <TableRegion label={text.tableLabel}>
      <table className={`${table} md:min-w-[40rem]`} data-test="events-table">
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>{text.event}</th>
            <th scope="col" className={th}>{text.start}</th>
            <th scope="col" className={th}>{text.status}</th>
            <th scope="col" className={th}>{text.registrations}</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {events.map((event) => (
            <tr key={event.id} className={tr} data-test="event-row">
              <th scope="row" className={`${td} font-medium`}>
                <Link href={adminEventPath(event.id)} className="inline-block py-0.5">{event.title}</Link>
              </th>
              <td className={td} data-label={text.start}>{format.dateTime(event.starts_at)}</td>
              <td className={td} data-label={text.status}><EventStatusBadge status={event.status} endsAt={event.ends_at} /></td>
              <td className={td} data-label={text.registrations}>
                {format.number(event.registered_count)}{event.capacity !== null ? ` / ${format.number(event.capacity)}` : text.unlimited}
                {event.waitlist_count > 0 ? <span className="block text-slate-600">{fill(text.waiting, { count: format.number(event.waitlist_count) })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

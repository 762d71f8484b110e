'use client';

import { CalendarDays } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { formatDateTime, formatNumber, LoadError, LoadingRows, Pager, table, TableRegion, tbody, td, th, thead, tr } from '@/features/admin-common';
import { adminEventPath } from '@/lib/routes';
import { EventStatusBadge } from './event-status-badge';
import { EVENTS_PAGE_SIZE, type AdminEventListItem, type EventFilter } from './queries';
import { useAdminEvents } from './use-admin-events';

const FILTERS: { value: EventFilter; label: string }[] = [
  { value: 'all', label: 'Tous les événements' },
  { value: 'scheduled', label: 'Programmés' },
  { value: 'completed', label: 'Terminés' },
  { value: 'cancelled', label: 'Annulés' },
];

export function EventsList() {
  const [filter, setFilter] = useState<EventFilter>('all');
  const [page, setPage] = useState(1);
  const { data, error, isPending, isFetching, refetch } = useAdminEvents(filter, page);
  return (
    <div className="space-y-4">
      <div className="max-w-xs">
        <Select label="Afficher" options={FILTERS} value={filter} data-test="events-filter"
          onChange={(event) => { setFilter(event.currentTarget.value as EventFilter); setPage(1); }} />
      </div>
      {isPending ? <LoadingRows label="Chargement des événements…" /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
        data.events.length === 0
          ? <EmptyState icon={CalendarDays} title="Aucun événement" description="Créez un webinaire : les membres pourront s’y inscrire depuis Live." />
          : <>
            <EventsTable events={data.events} />
            <Pager page={page} pageCount={Math.max(Math.ceil(data.total / EVENTS_PAGE_SIZE), 1)} onPage={setPage} disabled={isFetching} label="Pages des événements" />
          </>
      )}
    </div>
  );
}

function EventsTable({ events }: { events: AdminEventListItem[] }) {
  return (
    <TableRegion label="Liste des événements">
      <table className={`${table} md:min-w-[40rem]`} data-test="events-table">
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>Événement</th>
            <th scope="col" className={th}>Début</th>
            <th scope="col" className={th}>Statut</th>
            <th scope="col" className={th}>Inscriptions</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {events.map((event) => (
            <tr key={event.id} className={tr} data-test="event-row">
              <th scope="row" className={`${td} font-medium`}>
                <Link href={adminEventPath(event.id)} className="inline-block py-0.5">{event.title}</Link>
              </th>
              <td className={td} data-label="Début">{formatDateTime(event.starts_at)}</td>
              <td className={td} data-label="Statut"><EventStatusBadge status={event.status} endsAt={event.ends_at} /></td>
              <td className={td} data-label="Inscriptions">
                {formatNumber(event.registered_count)}{event.capacity !== null ? ` / ${formatNumber(event.capacity)}` : ' (sans limite)'}
                {event.waitlist_count > 0 ? <span className="block text-slate-600">{formatNumber(event.waitlist_count)} en attente</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

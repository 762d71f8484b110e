'use client';

import { Download, Users } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime, LoadError, LoadingRows, plural, table, TableRegion, tbody, td, th, thead, tr } from '@/features/admin-common';
import { saveFile } from '@/lib/save-file';
import { REGISTRATION_LABELS } from './event-values';
import { useAttendees } from './use-admin-events';

export function AttendeesPanel({ eventId, title, startsAt }: { eventId: string; title: string; startsAt: string }) {
  const { data, error, isPending, refetch } = useAttendees(eventId);
  const registered = data?.filter((a) => a.status === 'registered').length ?? 0;
  const waitlisted = (data?.length ?? 0) - registered;
  const exportCsv = async () => {
    if (!data) return;
    // The CSV builder is needed only for an export: fetched on click.
    const { attendeesCsv, attendeesFileName } = await import('./attendees-csv');
    saveFile(attendeesFileName(title, startsAt), attendeesCsv(data), 'text/csv;charset=utf-8');
  };
  return (
    <Card
      title="Participants"
      description={data ? `${plural(registered, 'inscrit', 'inscrits')} · ${plural(waitlisted, 'personne', 'personnes')} en liste d’attente` : undefined}
      actions={<Button variant="secondary" size="sm" disabled={!data || data.length === 0} onClick={() => void exportCsv()} data-test="attendees-export">
        <Download aria-hidden="true" className="size-4" />Exporter en CSV
      </Button>}
    >
      {isPending ? <LoadingRows label="Chargement des participants…" rows={3} /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
        data.length === 0
          ? <EmptyState icon={Users} title="Aucun inscrit pour l’instant" />
          : (
            <TableRegion label="Participants de l’événement">
              <table className={`${table} md:min-w-[40rem]`} data-test="attendees-table">
                <thead className={thead}>
                  <tr>
                    <th scope="col" className={th}>Nom</th>
                    <th scope="col" className={th}>Courriel</th>
                    <th scope="col" className={th}>Statut</th>
                    <th scope="col" className={th}>Inscrit le</th>
                  </tr>
                </thead>
                <tbody className={tbody}>
                  {data.map((a) => (
                    <tr key={a.user_id} className={tr} data-test="attendee-row">
                      <th scope="row" className={`${td} font-medium`}>{a.full_name}</th>
                      <td className={td} data-label="Courriel">{a.email}</td>
                      <td className={td} data-label="Statut">
                        {a.status === 'registered'
                          ? <Badge tone="success">{REGISTRATION_LABELS.registered}</Badge>
                          : <Badge tone="warning">{`${REGISTRATION_LABELS.waitlisted} (n° ${a.waitlist_position ?? '?'})`}</Badge>}
                      </td>
                      <td className={td} data-label="Inscrit le">{formatDateTime(a.registered_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )
      )}
    </Card>
  );
}

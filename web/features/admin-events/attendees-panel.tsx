'use client';

import { Download, Users } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { fill, LoadError, LoadingRows, table, TableRegion, tbody, td, th, thead, tr, useAdminFormat, useAdminText } from '@/features/admin-common';
import { saveFile } from '@/lib/save-file';
import { useAttendees } from './use-admin-events';

export function AttendeesPanel({ eventId, title, startsAt }: { eventId: string; title: string; startsAt: string }) {
  const { admin: { events: text }, labels } = useAdminText();
  const format = useAdminFormat();
  const { data, error, isPending, refetch } = useAttendees(eventId);
  const registered = data?.filter((a) => a.status === 'registered').length ?? 0;
  const waitlisted = (data?.length ?? 0) - registered;
  const exportCsv = async () => {
    if (!data) return;
    // The CSV builder is needed only for an export: fetched on click.
    const { attendeesCsv, attendeesFileName } = await import('./attendees-csv');
    const csvText = {
      columns: { name: text.name, email: text.email, status: text.status, waitlistPosition: text.waitlistPosition, registeredAt: text.registeredAt },
      statuses: labels.registrationStatus,
      fileName: text.fileName,
    };
    saveFile(attendeesFileName(title, startsAt, csvText.fileName), attendeesCsv(data, csvText), 'text/csv;charset=utf-8');
  };
  return (
    <Card
      title={text.attendees}
      description={data ? fill(text.attendeesSummary, {
        registered: format.count(registered, text.registeredCount), waitlisted: format.count(waitlisted, text.peopleCount),
      }) : undefined}
      actions={<Button variant="secondary" size="sm" disabled={!data || data.length === 0} onClick={() => void exportCsv()} data-test="attendees-export">
        <Download aria-hidden="true" className="size-4" />{text.export}
      </Button>}
    >
      {isPending ? <LoadingRows label={text.loadingAttendees} rows={3} /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
        data.length === 0
          ? <EmptyState icon={Users} title={text.noAttendees} />
          : (
            <TableRegion label={text.attendeesLabel}>
              <table className={`${table} md:min-w-[40rem]`} data-test="attendees-table">
                <thead className={thead}>
                  <tr>
                    <th scope="col" className={th}>{text.name}</th>
                    <th scope="col" className={th}>{text.email}</th>
                    <th scope="col" className={th}>{text.status}</th>
                    <th scope="col" className={th}>{text.registeredAt}</th>
                  </tr>
                </thead>
                <tbody className={tbody}>
                  {data.map((a) => (
                    <tr key={a.user_id} className={tr} data-test="attendee-row">
                      <th scope="row" className={`${td} font-medium max-md:wrap-anywhere`}>{a.full_name}</th>
                      <td className={`${td} max-md:wrap-anywhere`} data-label={text.email}>{a.email}</td>
                      <td className={td} data-label={text.status}>
                        {a.status === 'registered'
                          ? <Badge tone="success">{labels.registrationStatus.registered}</Badge>
                          : <Badge tone="warning">{fill(text.waitlistedAt, { status: labels.registrationStatus.waitlisted, position: a.waitlist_position ?? '?' })}</Badge>}
                      </td>
                      <td className={td} data-label={text.registeredAt}>{format.dateTime(a.registered_at)}</td>
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

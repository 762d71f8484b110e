import { buildCsv } from './csv';
import type { RegistrationStatus } from './event-values';

export type Attendee = {
  user_id: string;
  full_name: string;
  email: string;
  status: RegistrationStatus;
  waitlist_position: number | null;
  registered_at: string;
};

const stamp = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** "2026-12-03 18:05" in the viewer's time zone: sortable, and read as a date by spreadsheets. */
export function spreadsheetDate(iso: string): string {
  return stamp.format(new Date(iso));
}

/** The words of the file, in the reader's language (admin.events and labels.registrationStatus). */
export type AttendeesCsvText = {
  columns: { name: string; email: string; status: string; waitlistPosition: string; registeredAt: string };
  statuses: Record<RegistrationStatus, string>;
  fileName: string;
};

export function attendeesCsv(attendees: readonly Attendee[], text: AttendeesCsvText): string {
  const { name, email, status, waitlistPosition, registeredAt } = text.columns;
  return buildCsv([name, email, status, waitlistPosition, registeredAt], attendees.map((a) => [
    a.full_name, a.email, text.statuses[a.status], a.status === 'waitlisted' ? a.waitlist_position : null, spreadsheetDate(a.registered_at),
  ]));
}

/** participants-<title as a slug>-<yyyy-mm-dd>.csv (the prefix in the reader's language). */
export function attendeesFileName(title: string, startsAt: string, prefix: string): string {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'evenement';
  return `${prefix}-${slug}-${spreadsheetDate(startsAt).slice(0, 10)}.csv`;
}

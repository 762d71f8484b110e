// An iCalendar file (RFC 5545) for one event, written by ical-generator: CRLF line ends, TEXT values
// escaped, content lines folded at 75 octets. Times are in UTC, which every calendar shows in its own
// device's zone and which need no zone rules; the description gives the start as the database writes
// it in the member's zone (public.my_local_time). (ical-generator's VTIMEZONE path writes DTSTAMP
// without its UTC `Z`, and reads a native Date in the server's zone: UTC avoids both.)
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  url: string;
  location?: string;
  cancelled?: boolean;
  updatedAt?: string;
};

function validDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Date invalide : ${iso}`);
  return date;
}

/** The whole calendar, ready to serve as text/calendar. */
export function buildEventCalendar(event: CalendarEvent, now: Date = new Date()): string {
  const calendar = ical({
    prodId: { company: 'CAPITUNE', product: 'Live', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${event.id}@capitune.ca`,
    stamp: now,
    start: validDate(event.startsAt),
    end: validDate(event.endsAt),
    summary: event.title,
    description: event.description,
    url: event.url,
    location: event.location ?? 'En ligne (CAPITUNE Live)',
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    lastModified: event.updatedAt ? validDate(event.updatedAt) : undefined,
  });
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too; ical-generator omits that one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** A file name that is safe everywhere: capitune-live-2026-12-02.ics. */
export function calendarFileName(startsAt: string): string {
  return `capitune-live-${new Date(startsAt).toISOString().slice(0, 10)}.ics`;
}

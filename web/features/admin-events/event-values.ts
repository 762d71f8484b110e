import type { Database } from '@/lib/database.types';

// The event form's values and what is derived from them, without zod: the new-event page draws
// the form from these, and the schema (schema.ts) loads only when the form is sent.

export type EventRow = Database['public']['Tables']['events']['Row'];
export type EventStatus = Database['public']['Enums']['event_status'];
export type RegistrationStatus = Database['public']['Enums']['registration_status'];

/** The event form, as typed: dates from datetime-local inputs (local time), numbers as text. */
export type EventFormValues = {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  replayUrl: string;
  joinUrl: string;
};

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** An ISO timestamp as a datetime-local value, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The columns admins may write (insert/update grants), from the form. */
export function toEventColumns(values: EventFormValues) {
  return {
    title: values.title.trim(),
    description: values.description,
    starts_at: new Date(values.startsAt).toISOString(),
    ends_at: new Date(values.endsAt).toISOString(),
    capacity: values.capacity.trim() === '' ? null : Number(values.capacity),
    replay_url: values.replayUrl.trim() || null,
  };
}

export function toFormValues(event: EventRow, joinUrl: string | null): EventFormValues {
  return {
    title: event.title,
    description: event.description,
    startsAt: toLocalInput(event.starts_at),
    endsAt: toLocalInput(event.ends_at),
    capacity: event.capacity === null ? '' : String(event.capacity),
    replayUrl: event.replay_url ?? '',
    joinUrl: joinUrl ?? '',
  };
}

export const EMPTY_EVENT_FORM: EventFormValues = { title: '', description: '', startsAt: '', endsAt: '', capacity: '', replayUrl: '', joinUrl: '' };

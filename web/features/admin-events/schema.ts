import { eventStatusLabels, registrationStatusLabels } from '@contract/labels';
import * as z from 'zod/mini';
import type { Database } from '@/lib/database.types';

export type EventRow = Database['public']['Tables']['events']['Row'];
export type EventStatus = Database['public']['Enums']['event_status'];
export type RegistrationStatus = Database['public']['Enums']['registration_status'];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = eventStatusLabels;
export const REGISTRATION_LABELS: Record<RegistrationStatus, string> = registrationStatusLabels;

const https = (message: string) =>
  z.string().check(z.trim(), z.maxLength(2000, '2000 caractères au maximum.'), z.refine((value) => value === '' || isHttpsUrl(value), message));

/** The event form, as typed: dates from datetime-local inputs (local time), numbers as text. */
export const eventFormSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'Indiquez un titre.'), z.maxLength(150, '150 caractères au maximum.')),
  description: z.string().check(z.maxLength(5000, '5000 caractères au maximum.')),
  startsAt: z.string().check(z.refine(isLocalDateTime, 'Indiquez la date et l’heure de début.')),
  endsAt: z.string().check(z.refine(isLocalDateTime, 'Indiquez la date et l’heure de fin.')),
  capacity: z.string().check(z.trim(), z.refine((value) => value === '' || /^[1-9]\d{0,5}$/.test(value), 'Un nombre entier de places, au moins 1 (vide : sans limite).')),
  replayUrl: https('Le lien du replay doit commencer par https://.'),
  joinUrl: https('Le lien de connexion doit commencer par https://.'),
}).check(z.refine(
  (values) => !isLocalDateTime(values.startsAt) || !isLocalDateTime(values.endsAt) || new Date(values.endsAt) > new Date(values.startsAt),
  { path: ['endsAt'], message: 'La fin doit suivre le début.' },
));

export type EventFormValues = z.infer<typeof eventFormSchema>;

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function isLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
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

export const cancelSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'Indiquez la raison de l’annulation.'), z.maxLength(500, '500 caractères au maximum.')),
});

import * as z from 'zod/mini';
import { isHttpsUrl, type EventFormValues } from './event-values';

// Messages are keys of admin.validation: the form says them in the page's language.
const https = (message: string) =>
  z.string().check(z.trim(), z.maxLength(2000, 'tooLong2000'), z.refine((value) => value === '' || isHttpsUrl(value), message));

/** The event form's checks (its values: event-values.ts). */
export const eventFormSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'titleMissing'), z.maxLength(150, 'tooLong150')),
  description: z.string().check(z.maxLength(5000, 'tooLong5000')),
  startsAt: z.string().check(z.refine(isLocalDateTime, 'startMissing')),
  endsAt: z.string().check(z.refine(isLocalDateTime, 'endMissing')),
  capacity: z.string().check(z.trim(), z.refine((value) => value === '' || /^[1-9]\d{0,5}$/.test(value), 'capacityInvalid')),
  replayUrl: https('replayHttps'),
  joinUrl: https('joinHttps'),
}).check(z.refine(
  (values) => !isLocalDateTime(values.startsAt) || !isLocalDateTime(values.endsAt) || new Date(values.endsAt) > new Date(values.startsAt),
  { path: ['endsAt'], message: 'endBeforeStart' },
)) satisfies z.ZodMiniType<EventFormValues, EventFormValues>;

function isLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
}

export const cancelSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'cancelReasonMissing'), z.maxLength(500, 'tooLong500')),
});

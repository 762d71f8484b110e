import * as z from 'zod/mini';
import { isHttpsUrl, type EventFormValues } from './event-values';

const https = (message: string) =>
  z.string().check(z.trim(), z.maxLength(2000, '2000 caractères au maximum.'), z.refine((value) => value === '' || isHttpsUrl(value), message));

/** The event form's checks (its values: event-values.ts). */
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
)) satisfies z.ZodMiniType<EventFormValues, EventFormValues>;

function isLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
}

export const cancelSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, 'Indiquez la raison de l’annulation.'), z.maxLength(500, '500 caractères au maximum.')),
});

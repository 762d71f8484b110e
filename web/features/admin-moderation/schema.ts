import * as z from 'zod/mini';

export const MUTE_OPTIONS = [
  { value: '', label: 'Pas de mise en sourdine' },
  { value: '1', label: '1 jour' },
  { value: '7', label: '7 jours' },
  { value: '30', label: '30 jours' },
] as const;

const muteDays = z.string().check(z.refine((value) => value === '' || /^(1|7|30)$/.test(value), 'Durée invalide.'));

/** Removal needs a reason (shown to the author); muting the author is optional. */
export const removeSchema = z.object({
  note: z.string().check(z.trim(), z.minLength(1, 'Indiquez la raison du retrait.'), z.maxLength(500, '500 caractères au maximum.')),
  muteDays,
});

export const muteSchema = z.object({
  muteDays: z.string().check(z.refine((value) => /^(1|7|30)$/.test(value), 'Choisissez une durée.')),
});

export type RemoveValues = z.infer<typeof removeSchema>;
export type MuteValues = z.infer<typeof muteSchema>;

/** The end of a mute starting now. */
export function muteUntil(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}

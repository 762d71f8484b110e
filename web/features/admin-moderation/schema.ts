import * as z from 'zod/mini';

/** The mute durations offered, in days. No duration is chosen in advance: the moderator picks one. */
export const MUTE_DAYS = [1, 7, 30] as const;

const offered = (value: string) => (MUTE_DAYS as readonly number[]).includes(Number(value));

// Messages are keys of admin.validation: the dialogs say them in the page's language.
const muteDays = z.string().check(z.refine((value) => value === '' || offered(value), 'durationInvalid'));

/** Removal needs a reason (shown to the author); muting the author is optional. */
export const removeSchema = z.object({
  note: z.string().check(z.trim(), z.minLength(1, 'removeNoteMissing'), z.maxLength(500, 'tooLong500')),
  muteDays,
});

export const muteSchema = z.object({
  muteDays: z.string().check(z.refine(offered, 'durationMissing')),
});

export type RemoveValues = z.infer<typeof removeSchema>;
export type MuteValues = z.infer<typeof muteSchema>;

/** The end of a mute starting now. */
export function muteUntil(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}

import * as z from 'zod/mini';
import { fullNameSchema } from '@/features/auth';
import { AVATAR_RULES, BIO_MAX_LENGTH } from './rules';

// Messages are keys of `validation` (or auth.validation): the forms say them in the page's language.

/** Display fields a member edits (the only profile columns granted for update, with avatar_path). */
export const profileSchema = z.object({
  fullName: fullNameSchema,
  bio: z.string().check(z.maxLength(BIO_MAX_LENGTH, 'bioTooLong')),
});

export type ProfileValues = z.infer<typeof profileSchema>;

export const avatarFileSchema = z.custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'avatarMissing').check(
  z.refine((file) => (AVATAR_RULES.accept as readonly string[]).includes(file.type), 'avatarFormat'),
  z.refine((file) => file.size <= AVATAR_RULES.maxBytes, 'avatarTooLarge'),
  z.refine((file) => file.size > 0, 'fileEmpty'),
);

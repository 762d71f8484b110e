import * as z from 'zod/mini';
import { fullNameSchema } from '@/features/auth';
import { AVATAR_RULES, BIO_MAX_LENGTH } from './rules';

/** Display fields a member edits (the only profile columns granted for update, with avatar_path). */
export const profileSchema = z.object({
  fullName: fullNameSchema,
  bio: z.string().check(z.maxLength(BIO_MAX_LENGTH, `${BIO_MAX_LENGTH} caractères au maximum.`)),
});

export type ProfileValues = z.infer<typeof profileSchema>;

export const avatarFileSchema = z.custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'Choisissez une image.').check(
  z.refine((file) => (AVATAR_RULES.accept as readonly string[]).includes(file.type), 'Format non accepté : JPEG, PNG ou WebP.'),
  z.refine((file) => file.size <= AVATAR_RULES.maxBytes, 'Image trop lourde : 2 Mo au maximum.'),
  z.refine((file) => file.size > 0, 'Le fichier est vide.'),
);

import * as z from 'zod/mini';
import { fullNameSchema } from '@/features/auth';

export const BIO_MAX_LENGTH = 500;

/** Display fields a member edits (the only profile columns granted for update, with avatar_path). */
export const profileSchema = z.object({
  fullName: fullNameSchema,
  bio: z.string().check(z.maxLength(BIO_MAX_LENGTH, `${BIO_MAX_LENGTH} caractères au maximum.`)),
});

export type ProfileValues = z.infer<typeof profileSchema>;

/** The avatars bucket's own limits (jpeg/png/webp, 2 MiB), checked before any upload. */
export const AVATAR_RULES = {
  accept: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 2 * 1024 * 1024,
} as const;

const EXTENSIONS: Record<(typeof AVATAR_RULES.accept)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export const avatarFileSchema = z.custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'Choisissez une image.').check(
  z.refine((file) => (AVATAR_RULES.accept as readonly string[]).includes(file.type), 'Format non accepté : JPEG, PNG ou WebP.'),
  z.refine((file) => file.size <= AVATAR_RULES.maxBytes, 'Image trop lourde : 2 Mo au maximum.'),
  z.refine((file) => file.size > 0, 'Le fichier est vide.'),
);

/** Storage path of a new avatar: inside the owner's folder, unique per upload. */
export function avatarPath(userId: string, mimeType: string, now: number = Date.now()): string {
  const extension = EXTENSIONS[mimeType as keyof typeof EXTENSIONS];
  if (!extension) throw new Error(`Type d'image non pris en charge : ${mimeType}`);
  return `${userId}/avatar-${now}.${extension}`;
}

// The profile's limits, without zod: the profile page draws its forms from them, and the
// schemas (schema.ts) load only when a form is sent or a photo chosen.

export const BIO_MAX_LENGTH = 500;

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

/** Storage path of a new avatar: inside the owner's folder, unique per upload. */
export function avatarPath(userId: string, mimeType: string, now: number = Date.now()): string {
  const extension = EXTENSIONS[mimeType as keyof typeof EXTENSIONS];
  if (!extension) throw new Error(`Type d'image non pris en charge : ${mimeType}`);
  return `${userId}/avatar-${now}.${extension}`;
}

import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { AVATAR_RULES, avatarPath } from './rules';
import { avatarFileSchema, profileSchema } from './schema';

const USER = '0b7f4c1e-2a4d-4e5f-9a1b-3c2d1e0f9a8b';
// Schemas answer keys of `validation` (or auth.validation); the forms say them in the page's language.
const say = (messages: typeof fr, key: string | undefined) => {
  const t = createTranslator({ locale: 'fr-CA', messages });
  return t.has(`validation.${key}` as never) ? t(`validation.${key}` as never) : t(`auth.validation.${key}` as never);
};
const file = (type: string, size: number, name = 'photo') => new File([new Uint8Array(size)], name, { type });

describe('profileSchema', () => {
  it('accepts a name and a bio up to 500 characters', () => {
    expect(profileSchema.safeParse({ fullName: 'Amina Diallo', bio: 'x'.repeat(500) }).success).toBe(true);
  });

  it('refuses an empty name and a bio over 500 characters', () => {
    const result = profileSchema.safeParse({ fullName: '   ', bio: 'x'.repeat(501) });
    expect(result.error?.issues.map((issue) => say(fr, issue.message))).toEqual([
      'Indiquez votre nom complet.',
      '500 caractères au maximum.',
    ]);
    expect(result.error?.issues.map((issue) => say(en, issue.message))).toEqual(['Enter your full name.', '500 characters at most.']);
  });
});

describe('avatar files (avatars bucket: JPEG, PNG, WebP, 2 MiB)', () => {
  it('accepts each allowed type at the size limit', () => {
    for (const type of AVATAR_RULES.accept) {
      expect(avatarFileSchema.safeParse(file(type, AVATAR_RULES.maxBytes)).success).toBe(true);
    }
  });

  it('refuses other types, oversized and empty files, before any upload', () => {
    expect(say(fr, avatarFileSchema.safeParse(file('image/gif', 10)).error?.issues[0]?.message)).toBe('Format non accepté : JPEG, PNG ou WebP.');
    expect(say(fr, avatarFileSchema.safeParse(file('image/png', AVATAR_RULES.maxBytes + 1)).error?.issues[0]?.message)).toBe('Image trop lourde : 2 Mo au maximum.');
    expect(say(fr, avatarFileSchema.safeParse(file('image/png', 0)).error?.issues[0]?.message)).toBe('Le fichier est vide.');
  });

  it('refuses something that is not a file', () => {
    expect(avatarFileSchema.safeParse('photo.png').success).toBe(false);
  });

  it('stores avatars in the owner folder with a timestamped name', () => {
    expect(avatarPath(USER, 'image/jpeg', 1764000000000)).toBe(`${USER}/avatar-1764000000000.jpg`);
    expect(avatarPath(USER, 'image/webp', 1)).toBe(`${USER}/avatar-1.webp`);
    expect(() => avatarPath(USER, 'image/gif')).toThrow();
  });
});

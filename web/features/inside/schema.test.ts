import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CATEGORIES, REPORT_REASONS } from './labels';
import { commentSchema, normaliseSearch, postSchema, reportSchema } from './schema';

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('Inside forms', () => {
  it('accepts a post without a title, and trims what is typed', () => {
    const result = postSchema.safeParse({ title: '  ', body: '  Bonjour  ', category: 'study' });
    expect(result.success && result.data).toEqual({ title: '', body: 'Bonjour', category: 'study' });
  });

  // The forms say these keys of `validation` in the page's language (useFieldError).
  const inFrench = (keys: string[]) => keys.map((key) => (fr.validation as Record<string, string>)[key] ?? key);

  it('says what the database would refuse', () => {
    expect(inFrench(messages(postSchema.safeParse({ title: 'x'.repeat(151), body: ' ', category: 'general' }))))
      .toEqual(['150 caractères au maximum.', 'Écrivez votre publication.']);
    expect(inFrench(messages(postSchema.safeParse({ title: '', body: 'x'.repeat(10_001), category: 'general' })))[0]).toMatch(/^10.000 caractères au maximum\.$/);
    expect(inFrench(messages(postSchema.safeParse({ title: '', body: 'ok', category: 'sports' })))).toEqual(['Choisissez une catégorie.']);
    expect(inFrench(messages(commentSchema.safeParse({ body: '\n\t ' })))).toEqual(['Écrivez votre commentaire.']);
    expect(inFrench(messages(reportSchema.safeParse({ reason: 'spam', details: 'x'.repeat(1001) })))).toEqual(['1\u202f000 caractères au maximum.']);
    expect(en.validation.postBodyTooLong).toBe('10,000 characters at most.');
  });

  it('names every category and report reason of the database in both languages', () => {
    for (const messages of [fr, en]) {
      expect(Object.keys(messages.inside.category).sort()).toEqual([...CATEGORIES].sort());
      expect(Object.keys(messages.inside.reportReason).sort()).toEqual([...REPORT_REASONS].sort());
    }
  });

  it('bounds search words', () => {
    expect(normaliseSearch('  permis  ')).toBe('permis');
    expect(normaliseSearch(undefined)).toBe('');
    expect(normaliseSearch('x'.repeat(300))).toHaveLength(200);
  });
});

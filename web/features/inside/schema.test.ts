import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS, REPORT_REASONS, REPORT_REASON_LABELS } from './labels';
import { commentSchema, normaliseSearch, postSchema, reportSchema } from './schema';

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('Inside forms', () => {
  it('accepts a post without a title, and trims what is typed', () => {
    const result = postSchema.safeParse({ title: '  ', body: '  Bonjour  ', category: 'study' });
    expect(result.success && result.data).toEqual({ title: '', body: 'Bonjour', category: 'study' });
  });

  it('says in French what the database would refuse', () => {
    expect(messages(postSchema.safeParse({ title: 'x'.repeat(151), body: ' ', category: 'general' })))
      .toEqual(['150 caractères au maximum.', 'Écrivez votre publication.']);
    expect(messages(postSchema.safeParse({ title: '', body: 'x'.repeat(10_001), category: 'general' }))[0]).toMatch(/^10.000 caractères au maximum\.$/);
    expect(messages(postSchema.safeParse({ title: '', body: 'ok', category: 'sports' }))).toEqual(['Choisissez une catégorie.']);
    expect(messages(commentSchema.safeParse({ body: '\n\t ' }))).toEqual(['Écrivez votre commentaire.']);
    expect(messages(reportSchema.safeParse({ reason: 'spam', details: 'x'.repeat(1001) }))).toEqual(['1000 caractères au maximum.']);
  });

  it('lists every category and report reason of the database with a French label', () => {
    expect([...CATEGORIES].sort()).toEqual(Object.keys(CATEGORY_LABELS).sort());
    expect([...REPORT_REASONS].sort()).toEqual(Object.keys(REPORT_REASON_LABELS).sort());
  });

  it('bounds search words', () => {
    expect(normaliseSearch('  permis  ')).toBe('permis');
    expect(normaliseSearch(undefined)).toBe('');
    expect(normaliseSearch('x'.repeat(300))).toHaveLength(200);
  });
});

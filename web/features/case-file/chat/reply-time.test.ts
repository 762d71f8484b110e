import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { replyDuration } from './reply-time';

describe('replyDuration', () => {
  it('says minutes under an hour, never zero', () => {
    expect(replyDuration(0)).toEqual({ unit: 'minutes', count: 1 });
    expect(replyDuration(59)).toEqual({ unit: 'minutes', count: 59 });
  });

  it('says hours from one hour to two days, rounded', () => {
    expect(replyDuration(60)).toEqual({ unit: 'hours', count: 1 });
    expect(replyDuration(150)).toEqual({ unit: 'hours', count: 3 });
    expect(replyDuration(47 * 60)).toEqual({ unit: 'hours', count: 47 });
  });

  it('says days from two days on', () => {
    expect(replyDuration(48 * 60)).toEqual({ unit: 'days', count: 2 });
    expect(replyDuration(5 * 24 * 60 + 100)).toEqual({ unit: 'days', count: 5 });
  });
});

describe('the reply time as the consultant card says it', () => {
  const french = createTranslator({ locale: 'fr-CA', messages: fr, namespace: 'consultant' });
  const english = createTranslator({ locale: 'en-CA', messages: en, namespace: 'consultant' });

  // « Répond habituellement en 3⏎heures » was a slip on phones: the count stays with its unit.
  it('keeps the count and its unit on one line in French (U+00A0)', () => {
    expect(french('hours', { count: 3 })).toBe('3\u00a0heures');
    expect(french('minutes', { count: 1 })).toBe('1\u00a0minute');
    expect(french('days', { count: 2 })).toBe('2\u00a0jours');
  });

  it('says it plainly in English', () => {
    expect(english('hours', { count: 3 })).toBe('3 hours');
  });
});

import { describe, expect, it } from 'vitest';
import { formatInstant, formatRange, formatRelative } from './time-format';

const START = '2026-12-03T00:00:00Z';
const END = '2026-12-03T01:30:00Z';
// Intl puts thin and no-break spaces around the dash and in « 19 h 00 »: compare as plain spaces.
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('time formatting (fr-CA, the viewer’s zone)', () => {
  it('shows the same instant in each viewer’s own zone, with the zone named', () => {
    expect(plain(formatRange(START, END, 'America/Toronto'))).toBe('mercredi 2 décembre 2026, 19 h 00 – 20 h 30 HNE');
    expect(plain(formatRange(START, END, 'America/Vancouver'))).toBe('mercredi 2 décembre 2026, 16 h 00 – 17 h 30 HNP');
    expect(plain(formatRange(START, END, 'Europe/Paris'))).toBe('jeudi 3 décembre 2026, 1 h 00 – 2 h 30 UTC+1');
  });

  it('formats single instants', () => {
    expect(plain(formatInstant(START, 'date', 'America/Toronto'))).toBe('2 décembre 2026');
    expect(plain(formatInstant(START, 'datetime', 'UTC'))).toBe('3 décembre 2026 à 00 h 00');
  });

  it('says how long ago, then falls back to the date after a week', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(formatRelative('2026-12-03T11:55:00Z', now)).toBe('il y a 5 minutes');
    expect(formatRelative('2026-12-03T09:00:00Z', now)).toBe('il y a 3 heures');
    expect(formatRelative('2026-12-02T12:00:00Z', now)).toBe('hier');
    expect(formatRelative('2026-12-03T11:59:50Z', now)).toBe('maintenant');
    expect(plain(formatRelative('2026-11-01T12:00:00Z', now, 'UTC'))).toBe('1 nov. 2026, 12 h 00');
  });
});

describe('time formatting in English (en-CA)', () => {
  it('writes the same instants in English, in the same zones', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(plain(formatRange(START, END, 'America/Toronto', 'en-CA'))).toBe('Wednesday, December 2, 2026, 7:00–8:30 p.m. EST');
    expect(plain(formatInstant(START, 'date', 'America/Toronto', 'en-CA'))).toBe('December 2, 2026');
    expect(formatRelative('2026-12-03T11:55:00Z', now, undefined, 'en-CA')).toBe('5 minutes ago');
    expect(formatRelative('2026-12-02T12:00:00Z', now, undefined, 'en-CA')).toBe('yesterday');
    expect(formatRelative('2026-12-03T11:59:50Z', now, undefined, 'en-CA')).toBe('now');
  });
});

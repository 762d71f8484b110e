import { describe, expect, it } from 'vitest';
import {
  formatDay, formatDayLabel, formatInstant, formatNumber, formatQuantity, formatRange, formatRelative, NBSP, NNBSP, zoneName,
} from './format';

const START = '2026-12-03T00:00:00Z';
const END = '2026-12-03T01:30:00Z';
const NOW = Date.parse('2026-11-25T14:00:00Z');
// The no-break spaces are the point of these tests: `_` stands for U+00A0 in the expected texts.
const nb = (text: string) => text.replaceAll('_', NBSP);

describe('dates and times in French (fr-CA)', () => {
  it('writes an event with its weekday, hours without « 00 » and the zone named in words', () => {
    expect(formatRange(START, END, 'America/Toronto', 'fr-CA', NOW)).toBe(nb('mer. 2_déc., 19_h_– 20_h_30 (heure de l’Est)'));
    expect(formatRange(START, END, 'America/Vancouver', 'fr-CA', NOW)).toBe(nb('mer. 2_déc., 16_h_– 17_h_30 (heure du Pacifique)'));
    expect(formatRange(START, END, 'Europe/Paris', 'fr-CA', NOW)).toBe(nb('jeu. 3_déc., 1_h_– 2_h_30 (heure de l’Europe centrale)'));
  });

  it('names the year of an event outside the current one, and the second day of one that ends on another', () => {
    const later = Date.parse('2027-01-10T12:00:00Z');
    expect(formatRange(START, END, 'America/Toronto', 'fr-CA', later)).toBe(nb('mer. 2_déc. 2026, 19_h_– 20_h_30 (heure de l’Est)'));
    expect(formatRange(START, '2026-12-03T06:00:00Z', 'America/Toronto', 'fr-CA', NOW))
      .toBe(nb('mer. 2_déc., 19_h_– jeu. 3_déc., 1_h (heure de l’Est)'));
  });

  it('writes « 1er » for the first of the month and « 9 h », « 9 h 30 », never « 09 h 00 »', () => {
    expect(formatDay('2026-10-01')).toBe(nb('1er_octobre 2026'));
    expect(formatDay('2026-10-02')).toBe(nb('2_octobre 2026'));
    expect(formatInstant('2026-11-25T14:00:00Z', 'time', 'America/Toronto')).toBe(nb('9_h'));
    expect(formatInstant('2026-11-25T14:30:00Z', 'time', 'America/Toronto')).toBe(nb('9_h_30'));
    expect(formatInstant(START, 'datetime', 'UTC')).toBe(nb('jeu. 3_déc. 2026, 0_h'));
    expect(formatInstant(START, 'date', 'America/Toronto')).toBe(nb('2_décembre 2026'));
  });

  it('never lets a line break inside a time, between a day and its month, or before the dash of a span', () => {
    const texts = [
      formatRange(START, END, 'America/Toronto', 'fr-CA', NOW),
      formatInstant('2026-11-25T14:30:00Z', 'compact', 'America/Toronto'),
      formatDay('2026-10-01'),
    ];
    // An ordinary space where a line may break: before or after the « h » of a time, between a
    // day and its month, before the dash of a span.
    const breakable = / (?=h\b)|(?<=\dh?) (?=h|\d)|(?<=\d(?:er)?) (?=[a-zé])| (?=–)/u;
    for (const text of texts) {
      expect(text).not.toMatch(breakable);
      expect(text.replaceAll(NBSP, ' '), 'the same text with plain spaces breaks').toMatch(breakable);
    }
  });

  it('says how long ago, then falls back to the date after a week', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(formatRelative('2026-12-03T11:55:00Z', now)).toBe('il y a 5 minutes');
    expect(formatRelative('2026-12-03T09:00:00Z', now)).toBe('il y a 3 heures');
    expect(formatRelative('2026-12-02T12:00:00Z', now)).toBe('hier');
    expect(formatRelative('2026-12-03T11:59:50Z', now)).toBe('maintenant');
    expect(formatRelative('2026-11-01T12:00:00Z', now, 'UTC')).toBe(nb('1er_nov. 2026, 12_h'));
  });

  it('labels the chat’s days « Aujourd’hui », « Hier », then by date', () => {
    const now = new Date(2026, 11, 3, 12);
    expect(formatDayLabel(new Date(2026, 11, 3, 8).toISOString(), now)).toBe('Aujourd’hui');
    expect(formatDayLabel(new Date(2026, 11, 2, 23).toISOString(), now)).toBe('Hier');
    expect(formatDayLabel(new Date(2026, 11, 1, 12).toISOString(), now)).toBe(nb('1er_décembre 2026'));
  });

  it('keeps a number with its unit and groups thousands with a no-break space', () => {
    expect(formatQuantity(2.5, 'Mo', 'fr-CA', { maximumFractionDigits: 1 })).toBe(nb('2,5_Mo'));
    expect(formatNumber(12345)).toMatch(/^12[\u00A0\u202F]345$/u);
  });
});

describe('dates and times in English (en-CA)', () => {
  it('writes the same instants in English, in the same zones', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(formatRange(START, END, 'America/Toronto', 'en-CA', NOW)).toBe(nb('Wed, Dec_2, 7_p.m._– 8:30_p.m. (Eastern Time)'));
    expect(formatInstant(START, 'datetime', 'America/Toronto', 'en-CA')).toBe(nb('Wed, Dec_2, 2026, 7_p.m.'));
    expect(formatInstant(START, 'date', 'America/Toronto', 'en-CA')).toBe(nb('December_2, 2026'));
    expect(formatDay('2026-10-01', 'en-CA')).toBe(nb('October_1, 2026'));
    expect(formatRelative('2026-12-03T11:55:00Z', now, undefined, 'en-CA')).toBe('5 minutes ago');
    expect(formatRelative('2026-12-02T12:00:00Z', now, undefined, 'en-CA')).toBe('yesterday');
    expect(formatRelative('2026-12-03T11:59:50Z', now, undefined, 'en-CA')).toBe('now');
    expect(formatDayLabel(new Date(2026, 11, 3, 8).toISOString(), new Date(2026, 11, 3, 12), 'en-CA')).toBe('Today');
  });

  it('names zones as people say them, never by their id', () => {
    expect(zoneName('America/Toronto', 'en-CA')).toBe('Eastern Time');
    expect(zoneName('America/Toronto', 'fr-CA')).toBe('heure de l’Est');
    expect(zoneName('America/Halifax', 'fr-CA')).toBe('heure de l’Atlantique');
  });

  it('puts French’s narrow no-break space before the colon of a zone named by its country', () => {
    expect(zoneName('Europe/London', 'fr-CA')).toBe(`heure${NNBSP}: Royaume-Uni`);
    expect(zoneName('Europe/London', 'en-CA')).toBe('United Kingdom Time');
  });
});

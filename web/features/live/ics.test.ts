import { describe, expect, it } from 'vitest';
import { buildEventCalendar, calendarFileName, escapeText, foldLine, formatUtc } from './ics';

const EVENT = {
  id: '7d0f0a8e-1c1b-4b7e-9a39-6c1f0a7b2e10',
  title: 'Entrée express : le point, questions; réponses',
  description: 'Ligne 1\nLigne 2, avec virgule',
  startsAt: '2026-12-02T19:00:00-05:00',
  endsAt: '2026-12-02T20:30:00-05:00',
  url: 'https://capitune.ca/live/7d0f0a8e-1c1b-4b7e-9a39-6c1f0a7b2e10',
};
const NOW = new Date('2026-11-24T12:34:56.789Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the .ics builder (RFC 5545)', () => {
  it('ends every line with CRLF, including the last one, and never uses a bare LF', () => {
    const ics = buildEventCalendar(EVENT, NOW);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes times in UTC with the Z form, whatever the offset given', () => {
    const ics = buildEventCalendar(EVENT, NOW);
    expect(ics).toContain('\r\nDTSTART:20261203T000000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261203T013000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261124T123456Z\r\n');
    expect(formatUtc('2026-01-05T08:09:10Z')).toBe('20260105T080910Z');
  });

  it('escapes backslashes, semicolons, commas and line breaks in TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const ics = buildEventCalendar(EVENT, NOW);
    expect(ics).toContain('SUMMARY:Entrée express : le point\\, questions\\; réponses');
    expect(ics).toContain('DESCRIPTION:Ligne 1\\nLigne 2\\, avec virgule');
  });

  it('has the required calendar and event properties', () => {
    const ics = buildEventCalendar(EVENT, NOW);
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//CAPITUNE//Live//FR');
    expect(lines).toContain(`UID:${EVENT.id}@capitune.ca`);
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(buildEventCalendar({ ...EVENT, cancelled: true }, NOW)).toContain('\r\nSTATUS:CANCELLED\r\n');
  });

  it('folds lines longer than 75 octets with CRLF and a space, and unfolds back to the original', () => {
    const long = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => octets(part) <= 75)).toBe(true);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    const accented = `SUMMARY:${'é'.repeat(80)}`; // 2 octets each
    const parts = foldLine(accented).split('\r\n');
    expect(parts.every((part) => octets(part) <= 75)).toBe(true);
    expect(parts.join('').replace(/^(.*?)$/, '$1')).not.toContain('\uFFFD');
    expect(foldLine(accented).replace(/\r\n /g, '')).toBe(accented);
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('names the file after the event day', () => {
    expect(calendarFileName('2026-12-02T19:00:00Z')).toBe('capitune-live-2026-12-02.ics');
  });
});

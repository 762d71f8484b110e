import { describe, expect, it } from 'vitest';
import { buildEventCalendar, calendarFileName } from './ics';

const EVENT = {
  id: '7d0f0a8e-1c1b-4b7e-9a39-6c1f0a7b2e10',
  title: 'Entrée express : le point, questions; réponses\nsession 2',
  description: `${'Préparez vos questions, elles seront lues; '.repeat(5)}fin.`.slice(0, 200),
  startsAt: '2026-12-02T19:00:00-05:00',
  endsAt: '2026-12-02T20:30:00-05:00',
  url: 'https://capitune.ca/live/7d0f0a8e-1c1b-4b7e-9a39-6c1f0a7b2e10',
};
const NOW = new Date('2026-11-24T12:34:56.789Z');
const octets = (line: string) => new TextEncoder().encode(line).length;

/** A reader's side of RFC 5545: unfold (§3.1), then one property's TEXT value unescaped (§3.3.11). */
function readText(ics: string, name: string): string | undefined {
  const line = ics.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
}

describe('the .ics file (RFC 5545, written by ical-generator)', () => {
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
  });

  it('escapes semicolons, commas and line breaks, so a title and a 200-character description round-trip', () => {
    const ics = buildEventCalendar(EVENT, NOW);
    expect(ics).toContain('SUMMARY:Entrée express : le point\\, questions\\; réponses\\nsession 2');
    expect(EVENT.description).toHaveLength(200);
    expect(readText(ics, 'SUMMARY')).toBe(EVENT.title);
    expect(readText(ics, 'DESCRIPTION')).toBe(EVENT.description);
  });

  it('folds every line at 75 octets, counting accented letters as the two octets they are', () => {
    const accented = { ...EVENT, title: 'é'.repeat(80), description: `${'à'.repeat(120)}${'x'.repeat(80)}` };
    const ics = buildEventCalendar(accented, NOW);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => octets(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(readText(ics, 'SUMMARY')).toBe(accented.title);
    expect(readText(ics, 'DESCRIPTION')).toBe(accented.description);
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

  it('names the file after the event day', () => {
    expect(calendarFileName('2026-12-02T19:00:00Z')).toBe('capitune-live-2026-12-02.ics');
  });
});

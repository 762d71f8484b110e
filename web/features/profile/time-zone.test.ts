import { describe, expect, it } from 'vitest';
import { zoneLabel } from './time-zone';

// The profile's zone list showed « America/Toronto »: the glossary names a zone, never its id.
describe('zoneLabel', () => {
  it('names a zone by its city and its time, in the reader’s language', () => {
    expect(zoneLabel('America/Toronto', 'fr-CA')).toBe('Toronto (heure de l’Est)');
    expect(zoneLabel('America/Toronto', 'en-CA')).toBe('Toronto (Eastern Time)');
  });

  it('tells apart the cities that share a time, and spells their names with spaces', () => {
    const label = zoneLabel('America/Argentina/Buenos_Aires', 'fr-CA');
    expect(label.startsWith('Buenos Aires (')).toBe(true);
    expect(label).not.toContain('America/');
    expect(zoneLabel('America/New_York', 'fr-CA')).toBe('New York (heure de l’Est)');
  });
});

import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import messages from '@/messages/fr.json';
import english from '@/messages/en.json';
import { eventPhase, safeHttpsUrl, seats, seatsLabel } from './seats';

const fr = createTranslator({ locale: 'fr-CA', messages, namespace: 'live.seats' });

const NOW = Date.parse('2026-12-01T12:00:00Z');
const at = (startsAt: string, endsAt: string, status: 'scheduled' | 'cancelled' | 'completed' = 'scheduled') =>
  ({ starts_at: startsAt, ends_at: endsAt, status });

describe('seats', () => {
  it('counts the seats left, and says when an event is full or unlimited', () => {
    expect(seatsLabel(seats({ capacity: 50, registered_count: 38, waitlist_count: 0 }), fr)).toBe('12 places restantes sur 50');
    expect(seatsLabel(seats({ capacity: 50, registered_count: 49, waitlist_count: 0 }), fr)).toBe('1 place restante sur 50');
    expect(seatsLabel(seats({ capacity: 50, registered_count: 50, waitlist_count: 4 }), fr)).toBe('Complet · 4 en liste d’attente');
    expect(seatsLabel(seats({ capacity: 50, registered_count: 50, waitlist_count: 0 }), fr)).toBe('Complet · liste d’attente ouverte');
    expect(seatsLabel(seats({ capacity: null, registered_count: 900, waitlist_count: 0 }), fr)).toBe('Places illimitées');
  });
});

describe('eventPhase', () => {
  it('tells upcoming, in progress, ended and cancelled apart', () => {
    expect(eventPhase(at('2026-12-02T00:00:00Z', '2026-12-02T01:00:00Z'), NOW)).toBe('upcoming');
    expect(eventPhase(at('2026-12-01T11:30:00Z', '2026-12-01T13:00:00Z'), NOW)).toBe('in_progress');
    expect(eventPhase(at('2026-11-30T11:00:00Z', '2026-11-30T12:00:00Z'), NOW)).toBe('ended');
    expect(eventPhase(at('2026-12-02T00:00:00Z', '2026-12-02T01:00:00Z', 'completed'), NOW)).toBe('ended');
    expect(eventPhase(at('2026-12-02T00:00:00Z', '2026-12-02T01:00:00Z', 'cancelled'), NOW)).toBe('cancelled');
  });
});

describe('small helpers', () => {
  it('writes waiting-list ranks in French and in English', () => {
    const frRank = createTranslator({ locale: 'fr-CA', messages, namespace: 'live.registration' });
    const enRank = createTranslator({ locale: 'en-CA', messages: english, namespace: 'live.registration' });
    expect([1, 2, 3].map((position) => frRank('position', { position }))).toEqual(['Vous êtes 1er sur la liste d’attente.', 'Vous êtes 2e sur la liste d’attente.', 'Vous êtes 3e sur la liste d’attente.']);
    expect([1, 2, 3, 11].map((position) => enRank('position', { position }))).toEqual(['You are 1st on the waiting list.', 'You are 2nd on the waiting list.', 'You are 3rd on the waiting list.', 'You are 11th on the waiting list.']);
  });

  it('makes only https links clickable', () => {
    expect(safeHttpsUrl('https://meet.example.com/abc')).toBe('https://meet.example.com/abc');
    expect(safeHttpsUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('http://insecure.example.com')).toBeNull();
    expect(safeHttpsUrl(null)).toBeNull();
  });
});

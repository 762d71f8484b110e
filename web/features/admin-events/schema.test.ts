import { describe, expect, it } from 'vitest';
import { toEventColumns, toFormValues, toLocalInput, type EventFormValues, type EventRow } from './event-values';
import { eventFormSchema } from './schema';
import fr from '@/messages/fr.json';

const valid: EventFormValues = {
  title: '  Entrée express en 2027  ', description: 'Questions et réponses.', startsAt: '2026-12-03T18:00', endsAt: '2026-12-03T19:30',
  capacity: '50', replayUrl: '', joinUrl: 'https://meet.example.com/abc',
};

const messages = (values: Partial<EventFormValues>) =>
  eventFormSchema.safeParse({ ...valid, ...values }).error?.issues
    .map((issue) => [issue.path.join('.'), (fr.admin.validation as Record<string, string>)[issue.message] ?? issue.message]) ?? [];

describe('eventFormSchema', () => {
  it('accepts a complete event, and an unlimited one (empty capacity)', () => {
    expect(eventFormSchema.safeParse(valid).success).toBe(true);
    expect(eventFormSchema.safeParse({ ...valid, capacity: '' }).success).toBe(true);
  });

  it('needs a title and both dates', () => {
    expect(messages({ title: '   ', startsAt: '' })).toEqual([
      ['title', 'Indiquez un titre.'],
      ['startsAt', 'Indiquez la date et l’heure de début.'],
    ]);
  });

  it('puts the end after the start, on the end field', () => {
    expect(messages({ endsAt: '2026-12-03T17:00' })).toEqual([['endsAt', 'La fin doit suivre le début.']]);
  });

  it('takes a whole number of seats, at least one', () => {
    for (const capacity of ['0', '-3', '2.5', 'dix']) {
      expect(messages({ capacity })[0]?.[0], capacity).toBe('capacity');
    }
  });

  it('takes only https links (the database checks the same)', () => {
    expect(messages({ joinUrl: 'http://meet.example.com' })).toEqual([['joinUrl', 'Le lien de connexion doit commencer par https://.']]);
    expect(messages({ replayUrl: 'javascript:alert(1)' })).toEqual([['replayUrl', 'Le lien de la rediffusion doit commencer par https://.']]);
  });
});

describe('form ↔ row', () => {
  it('writes trimmed text, ISO times from local input, null for empty capacity and replay', () => {
    const columns = toEventColumns({ ...valid, capacity: '', replayUrl: ' ' });
    expect(columns).toEqual({
      title: 'Entrée express en 2027',
      description: 'Questions et réponses.',
      starts_at: new Date('2026-12-03T18:00').toISOString(),
      ends_at: new Date('2026-12-03T19:30').toISOString(),
      capacity: null,
      replay_url: null,
    });
  });

  it('reads a row back into the same local values', () => {
    const starts = new Date('2026-12-03T18:00').toISOString();
    expect(toLocalInput(starts)).toBe('2026-12-03T18:00');
    const row = { title: 'T', description: '', starts_at: starts, ends_at: starts, capacity: 20, replay_url: null } as EventRow;
    expect(toFormValues(row, null)).toMatchObject({ startsAt: '2026-12-03T18:00', capacity: '20', replayUrl: '', joinUrl: '' });
  });
});

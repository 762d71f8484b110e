import { describe, expect, it } from 'vitest';
import { bySoonest, dueState, todayIn } from './due';

describe('due days', () => {
  it('counts today in the member’s own zone, whatever the machine’s zone', () => {
    const lateEvening = new Date('2026-11-26T03:00:00Z');
    expect(todayIn(lateEvening, 'America/Toronto')).toBe('2026-11-25'); // 22:00 in Toronto
    expect(todayIn(lateEvening, 'Europe/Paris')).toBe('2026-11-26'); // 04:00 in Paris
    expect(todayIn(lateEvening, 'America/Los_Angeles')).toBe('2026-11-25'); // 19:00 in Los Angeles
    expect(todayIn(new Date('2026-11-26T05:00:00Z'), 'America/Toronto')).toBe('2026-11-26');
    expect(todayIn(new Date('2026-11-26T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-27'); // UTC+14
  });

  it('a task due on the 26th is overdue for a member in Paris, still due today in Toronto, at the same instant', () => {
    const now = new Date('2026-11-26T23:30:00Z');
    expect(dueState('2026-11-26', todayIn(now, 'Europe/Paris'))).toBe('overdue');
    expect(dueState('2026-11-26', todayIn(now, 'America/Toronto'))).toBe('today');
  });

  it('marks a task overdue only once its due day has passed', () => {
    expect(dueState('2026-11-24', '2026-11-25')).toBe('overdue');
    expect(dueState('2026-11-25', '2026-11-25')).toBe('today');
    expect(dueState('2026-12-05', '2026-11-25')).toBe('upcoming');
    expect(dueState(null, '2026-11-25')).toBe('none');
  });

  it('orders the soonest first and the undated last', () => {
    const tasks = [
      { id: 'c', due_on: null, created_at: '2026-11-01' },
      { id: 'b', due_on: '2026-12-05', created_at: '2026-11-02' },
      { id: 'a', due_on: '2026-11-24', created_at: '2026-11-03' },
    ];
    expect([...tasks].sort(bySoonest).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
});

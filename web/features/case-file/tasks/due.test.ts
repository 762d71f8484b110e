import { describe, expect, it } from 'vitest';
import { bySoonest, dueState, todayIn } from './due';

describe('due days', () => {
  it('counts today in Eastern time, whatever the machine’s zone', () => {
    expect(todayIn(new Date('2026-11-26T03:00:00Z'))).toBe('2026-11-25'); // 22:00 in Toronto
    expect(todayIn(new Date('2026-11-26T05:00:00Z'))).toBe('2026-11-26');
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

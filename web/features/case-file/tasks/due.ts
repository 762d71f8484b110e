// Due days are calendar days counted in the member's zone (accounts.time_zone), as the reminder job
// counts them with private.member_time_zone().

/** Today's calendar day (YYYY-MM-DD) in `zone` at `now`. */
export function todayIn(now: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'none';

/** Where a task's due day stands against today (both YYYY-MM-DD, so they compare as strings). */
export function dueState(dueOn: string | null, today: string): DueState {
  if (!dueOn) return 'none';
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'upcoming';
}

/** Soonest first; tasks without a due day last, then oldest first. */
export function bySoonest<T extends { due_on: string | null; created_at: string }>(a: T, b: T): number {
  if (a.due_on !== b.due_on) {
    if (a.due_on === null) return 1;
    if (b.due_on === null) return -1;
    return a.due_on < b.due_on ? -1 : 1;
  }
  return a.created_at.localeCompare(b.created_at);
}

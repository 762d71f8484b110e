import type { LiveEvent } from './queries';

export type EventPhase = 'upcoming' | 'in_progress' | 'ended' | 'cancelled';

/** Where an event stands for the viewer right now. */
export function eventPhase(event: Pick<LiveEvent, 'status' | 'starts_at' | 'ends_at'>, now: number = Date.now()): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'completed' || new Date(event.ends_at).getTime() <= now) return 'ended';
  return new Date(event.starts_at).getTime() <= now ? 'in_progress' : 'upcoming';
}

export type Seats =
  | { kind: 'unlimited' }
  | { kind: 'open'; left: number; capacity: number }
  | { kind: 'full'; waitlist: number };

export function seats(event: Pick<LiveEvent, 'capacity' | 'registered_count' | 'waitlist_count'>): Seats {
  if (event.capacity === null) return { kind: 'unlimited' };
  const left = Math.max(event.capacity - event.registered_count, 0);
  return left > 0 ? { kind: 'open', left, capacity: event.capacity } : { kind: 'full', waitlist: event.waitlist_count };
}

/** « 12 places restantes », « 1 place restante », « Complet · 3 en liste d'attente ». */
export function seatsLabel(state: Seats): string {
  switch (state.kind) {
    case 'unlimited':
      return 'Places illimitées';
    case 'open':
      return `${state.left} place${state.left > 1 ? 's' : ''} restante${state.left > 1 ? 's' : ''} sur ${state.capacity}`;
    case 'full':
      return state.waitlist > 0 ? `Complet · ${state.waitlist} en liste d’attente` : 'Complet · liste d’attente ouverte';
  }
}

/** « 1er », « 2e »… as French writes ranks. */
export function ordinal(position: number): string {
  return position === 1 ? '1er' : `${position}e`;
}

/** Only https links are ever made clickable (the database requires it; this guards the page too). */
export function safeHttpsUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

import type { useTranslations } from 'next-intl';
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

/** The `live.seats` messages, from useTranslations or getTranslations. */
export type SeatsText = ReturnType<typeof useTranslations<'live.seats'>>;

/** « 12 places restantes sur 40 », « Complet · 3 en liste d'attente », in the page's language. */
export function seatsLabel(state: Seats, t: SeatsText): string {
  switch (state.kind) {
    case 'unlimited':
      return t('unlimited');
    case 'open':
      return t('open', { left: state.left, capacity: state.capacity });
    case 'full':
      return state.waitlist > 0 ? t('fullWaiting', { waitlist: state.waitlist }) : t('full');
  }
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

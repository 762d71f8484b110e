import type { EventPeriod } from './queries';

/** React Query keys of Live: lists, one event, the viewer's registrations, waitlist place, join link. */
export const liveKeys = {
  all: ['live'] as const,
  lists: () => [...liveKeys.all, 'list'] as const,
  list: (period: EventPeriod) => [...liveKeys.lists(), period] as const,
  event: (eventId: string) => [...liveKeys.all, 'event', eventId] as const,
  registrations: (userId: string) => [...liveKeys.all, 'registrations', userId] as const,
  registration: (eventId: string, userId: string) => [...liveKeys.registrations(userId), eventId] as const,
  waitlist: (eventId: string) => [...liveKeys.all, 'waitlist', eventId] as const,
  joinLink: (eventId: string) => [...liveKeys.all, 'join-link', eventId] as const,
};

/** React Query keys of the admin event screens. */
export const adminEventKeys = {
  all: ['admin-events'] as const,
  lists: () => [...adminEventKeys.all, 'list'] as const,
  list: (filter: string, page: number) => [...adminEventKeys.lists(), { filter, page }] as const,
  detail: (eventId: string) => [...adminEventKeys.all, 'detail', eventId] as const,
  attendees: (eventId: string) => [...adminEventKeys.all, 'attendees', eventId] as const,
};

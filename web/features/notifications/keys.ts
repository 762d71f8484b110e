/** React Query keys of notifications: the unread count (bell) and the list (page), per user. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: (userId: string) => [...notificationKeys.all, 'unread', userId] as const,
  list: (userId: string) => [...notificationKeys.all, 'list', userId] as const,
};

/** React Query keys of the moderation queue. */
export const moderationKeys = {
  all: ['admin-moderation'] as const,
  queue: () => [...moderationKeys.all, 'queue'] as const,
};

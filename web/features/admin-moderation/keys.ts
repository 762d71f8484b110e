/** React Query keys of the moderation queue and of the muted members. */
export const moderationKeys = {
  all: ['admin-moderation'] as const,
  queue: () => [...moderationKeys.all, 'queue'] as const,
  muted: () => [...moderationKeys.all, 'muted'] as const,
};

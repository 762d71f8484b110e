/** React Query keys of the admin dashboard. */
export const analyticsKeys = {
  all: ['admin-analytics'] as const,
};

/** React Query keys of the account (private side: standing, consent, preferences). */
export const accountKeys = {
  all: ['account'] as const,
  mine: (userId: string) => [...accountKeys.all, userId] as const,
};

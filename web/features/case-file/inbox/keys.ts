import type { InboxFilter } from './schema';

/** React Query keys of the pro inbox: assigned dossiers per pro and status filter. */
export const proInboxKeys = {
  all: ['pro-inbox'] as const,
  list: (proId: string, filter: InboxFilter) => [...proInboxKeys.all, proId, filter] as const,
};

import type { QueryClient } from '@tanstack/react-query';
import { dossierKeys } from '@/features/dossiers/keys';
import { proInboxKeys } from '@/features/pro-inbox/keys';
import type { NotificationKind } from './schema';

/** Notifications that change what a dossier list shows: an unread count, a status. */
const DOSSIER_LIST_KINDS: ReadonlySet<NotificationKind> = new Set([
  'message_received', 'document_reviewed', 'dossier_status_changed',
]);

/**
 * Marks the candidate's dossier list and the pro inbox stale when a notification says one of their
 * dossiers changed, so the lists on screen refetch at once instead of on the next focus.
 */
export function refreshListsFor(queryClient: QueryClient, kind: NotificationKind): void {
  if (DOSSIER_LIST_KINDS.has(kind)) refreshDossierLists(queryClient);
}

export function refreshDossierLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'mine'] });
  void queryClient.invalidateQueries({ queryKey: proInboxKeys.all });
}

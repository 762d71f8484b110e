import type { QueryClient } from '@tanstack/react-query';
import { refreshDossierLists } from '@/features/case-file';
import type { NotificationKind } from './schema';

/** Notifications that change what a dossier list shows: an unread count, a status. */
const DOSSIER_LIST_KINDS: ReadonlySet<NotificationKind> = new Set([
  'message_received', 'document_reviewed', 'dossier_status_changed',
]);

/** Refreshes the dossier lists when a notification says one of the viewer's dossiers changed. */
export function refreshListsFor(queryClient: QueryClient, kind: NotificationKind): void {
  if (DOSSIER_LIST_KINDS.has(kind)) void refreshDossierLists(queryClient);
}

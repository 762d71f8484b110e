import type { QueryClient } from '@tanstack/react-query';
import { dossierKeys } from './dossier/keys';
import { proInboxKeys } from './inbox/keys';

/**
 * Marks the candidate's dossier list and the pro inbox stale, not an open dossier: the lists on
 * screen refetch at once instead of on the next focus. For news that came from elsewhere.
 */
export function refreshDossierLists(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: [...dossierKeys.all, 'mine'] }),
    queryClient.invalidateQueries({ queryKey: proInboxKeys.all }),
  ]).then(() => undefined);
}

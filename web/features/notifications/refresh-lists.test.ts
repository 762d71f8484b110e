import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dossierKeys } from '@/features/dossiers/keys';
import { proInboxKeys } from '@/features/pro-inbox/keys';
import { ALL_STATUSES } from '@/features/pro-inbox/schema';
import { refreshListsFor } from './refresh-lists';

const keys = {
  myDossiers: dossierKeys.mine('u1'),
  inbox: proInboxKeys.list('u1', ALL_STATUSES),
  detail: dossierKeys.detail('d1'),
};

function seeded() {
  const queryClient = new QueryClient();
  for (const key of Object.values(keys)) queryClient.setQueryData(key, []);
  return queryClient;
}
const stale = (queryClient: QueryClient) =>
  Object.entries(keys).filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name);

describe('dossier lists after a notification', () => {
  it.each(['message_received', 'document_reviewed', 'dossier_status_changed'] as const)(
    '%s marks both lists stale, not the open dossier', (kind) => {
      const queryClient = seeded();
      refreshListsFor(queryClient, kind);
      expect(stale(queryClient)).toEqual(['myDossiers', 'inbox']);
    });

  it('leaves them alone for community and event news', () => {
    const queryClient = seeded();
    refreshListsFor(queryClient, 'post_reply');
    refreshListsFor(queryClient, 'event_promoted');
    expect(stale(queryClient)).toEqual([]);
  });
});

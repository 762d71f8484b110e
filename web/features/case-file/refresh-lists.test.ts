import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dossierKeys } from './dossier/keys';
import { proInboxKeys } from './inbox/keys';
import { ALL_STATUSES } from './inbox/schema';
import { refreshDossierLists } from './refresh-lists';

const keys = {
  myDossiers: dossierKeys.mine('u1'),
  inbox: proInboxKeys.list('u1', ALL_STATUSES),
  detail: dossierKeys.detail('d1'),
};

describe('dossier lists after news from elsewhere', () => {
  it('marks the candidate list and the pro inbox stale, not the open dossier', async () => {
    const queryClient = new QueryClient();
    for (const key of Object.values(keys)) queryClient.setQueryData(key, []);
    await refreshDossierLists(queryClient);
    const stale = Object.entries(keys).filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name);
    expect(stale).toEqual(['myDossiers', 'inbox']);
  });
});

import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshDossierLists } from '@/features/case-file';
import { refreshListsFor } from './refresh-lists';

vi.mock('@/features/case-file', () => ({ refreshDossierLists: vi.fn(async () => undefined) }));

beforeEach(() => {
  vi.clearAllMocks();
});

describe('dossier lists after a notification', () => {
  it.each(['message_received', 'document_reviewed', 'dossier_status_changed'] as const)('%s refreshes them', (kind) => {
    const queryClient = new QueryClient();
    refreshListsFor(queryClient, kind);
    expect(refreshDossierLists).toHaveBeenCalledExactlyOnceWith(queryClient);
  });

  it('leaves them alone for community and event news', () => {
    const queryClient = new QueryClient();
    refreshListsFor(queryClient, 'post_reply');
    refreshListsFor(queryClient, 'event_promoted');
    expect(refreshDossierLists).not.toHaveBeenCalled();
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AUDIT_PAGE_SIZE } from './queries';
import { useAuditLog } from './use-audit-log';

type Call = [string, ...unknown[]];
const calls: Call[] = [];
const entry = (id: number) => ({
  id, actor_id: '33333333-3333-4333-8333-000000000001', action: 'user.status_changed', target_table: 'accounts',
  target_id: '11111111-1111-4111-8111-000000000001', details: { from: 'active', to: 'suspended' }, created_at: '2026-11-24T12:00:00Z',
});
// Newest first: ids 120..1; each read answers from what the chain asked for.
const ALL = Array.from({ length: 120 }, (_, index) => entry(120 - index));

function auditQuery() {
  const filters: { lt?: number; limit: number } = { limit: 0 };
  const builder = {
    select: (...args: unknown[]) => (calls.push(['select', ...args]), builder),
    order: (...args: unknown[]) => (calls.push(['order', ...args]), builder),
    limit: (n: number) => (calls.push(['limit', n]), (filters.limit = n), builder),
    eq: (...args: unknown[]) => (calls.push(['eq', ...args]), builder),
    lt: (column: string, value: number) => (calls.push(['lt', column, value]), (filters.lt = value), builder),
    then: (resolve: (value: unknown) => void) =>
      resolve({ data: ALL.filter((e) => filters.lt === undefined || e.id < filters.lt).slice(0, filters.limit), error: null }),
  };
  return builder;
}
const profiles = {
  select: () => ({ in: async () => ({ data: [
    { id: '33333333-3333-4333-8333-000000000001', full_name: 'Claire Gagnon' },
    { id: '11111111-1111-4111-8111-000000000001', full_name: 'Amina Diallo' },
  ], error: null }) }),
};
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => ({ from: (table: string) => (table === 'audit_log' ? auditQuery() : profiles) }) }));

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{children}</QueryClientProvider>
);

describe('useAuditLog', () => {
  it('pages back through the trail by id (keyset), with names of actors and member targets', async () => {
    const { result } = renderHook(() => useAuditLog(''), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const first = result.current.data!.pages[0]!;
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ id: 120, actorName: 'Claire Gagnon', targetName: 'Amina Diallo' });
    expect(calls).toContainEqual(['order', 'id', { ascending: false }]);
    expect(calls).toContainEqual(['limit', AUDIT_PAGE_SIZE + 1]);
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data!.pages).toHaveLength(2));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data!.pages).toHaveLength(3));
    const ids = result.current.data!.pages.flatMap((page) => page.entries.map((e) => e.id));
    expect(ids).toEqual(ALL.map((e) => e.id));
    expect(calls.filter(([name]) => name === 'lt')).toEqual([['lt', 'id', 71], ['lt', 'id', 21]]);
    expect(result.current.hasNextPage).toBe(false);
  });

  it('filters by action', async () => {
    calls.length = 0;
    const { result } = renderHook(() => useAuditLog('user.muted'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(calls).toContainEqual(['eq', 'action', 'user.muted']);
  });
});

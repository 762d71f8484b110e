import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { analyticsKeys } from '@/features/admin-analytics';
import { describeAdminError } from '@/features/admin-common';
import fr from '@/messages/fr.json';
import { fakeSupabase } from '@/test/fake-supabase';
import { adminUserKeys } from './keys';
import { useAdminUsers, useSetUserRole, useSetUserStatus } from './use-admin-users';

const supabase = fakeSupabase();
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: async () => supabase.client }));

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { queryClient, wrapper };
}

describe('admin user hooks', () => {
  it('useAdminUsers reads one page per search, validated against the function’s shape', async () => {
    supabase.invoke.mockResolvedValueOnce({ data: { users: [], page: 2, page_size: 20, total: 25 }, error: null });
    const { wrapper } = setup();
    const { result } = renderHook(() => useAdminUsers('lucas', 2), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.total).toBe(25);
    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users?search=lucas&page=2&page_size=20', expect.objectContaining({ method: 'GET', body: undefined }));

    supabase.invoke.mockResolvedValueOnce({ data: { users: 'nope' }, error: null });
    const drifted = renderHook(() => useAdminUsers('x', 1), { wrapper });
    await waitFor(() => expect(drifted.result.current.isError).toBe(true));
    expect(describeAdminError(drifted.result.current.error, fr.admin.common, 'fr')).toBe('Réponse inattendue du serveur. Rechargez la page.');
  });

  it('a status or role change refreshes the user lists and the dashboard, nothing else', async () => {
    const { queryClient, wrapper } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const status = renderHook(() => useSetUserStatus(), { wrapper });
    supabase.invoke.mockResolvedValueOnce({ data: { user_id: 'u1', status: 'active', banned: false }, error: null });
    await act(() => status.result.current.mutateAsync({ userId: 'u1', status: 'active' }));
    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users', expect.objectContaining({ method: 'POST', body: { action: 'activate', user_id: 'u1' } }));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([adminUserKeys.lists(), analyticsKeys.all]);

    invalidate.mockClear();
    const role = renderHook(() => useSetUserRole(), { wrapper });
    supabase.invoke.mockResolvedValueOnce({ data: { user_id: 'u1', role: 'admin' }, error: null });
    await act(() => role.result.current.mutateAsync({ userId: 'u1', role: 'admin' }));
    expect(supabase.invoke).toHaveBeenLastCalledWith('admin-users', expect.objectContaining({ method: 'POST', body: { action: 'set_role', user_id: 'u1', role: 'admin' } }));
    expect(invalidate).toHaveBeenCalledTimes(2);
  });
});

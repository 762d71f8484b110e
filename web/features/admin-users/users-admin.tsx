'use client';

import { Users } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { fill, LoadError, LoadingRows, Pager, useAdminFormat, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { USERS_PAGE_SIZE } from './queries';
import type { AdminUser } from './schema';
import { useAdminUsers, useSetUserStatus } from './use-admin-users';
import { UserSearchForm } from './user-search-form';
import { UsersTable } from './users-table';

// Confirmations load when first opened: they stay out of the page's first-load JavaScript.
const SuspendDialog = lazy(() => import('./user-dialogs').then((m) => ({ default: m.SuspendDialog })));
const RoleDialog = lazy(() => import('./user-dialogs').then((m) => ({ default: m.RoleDialog })));

export function UsersAdmin() {
  const describeFailure = useDescribeAdminError();
  const { users: text } = useAdminText().admin;
  const format = useAdminFormat();
  const viewer = useViewer();
  const toast = useToast();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [suspending, setSuspending] = useState<AdminUser | null>(null);
  const [changingRole, setChangingRole] = useState<AdminUser | null>(null);
  const { data, error, isPending, isFetching, refetch } = useAdminUsers(search, page);
  const activate = useSetUserStatus();

  const onActivate = (user: AdminUser) =>
    activate.mutate({ userId: user.id, status: 'active' }, {
      onSuccess: () => toast.success(fill(text.reactivated, { name: user.full_name })),
      onError: (failure) => toast.error(describeFailure(failure)),
    });

  const pageCount = data?.total != null ? Math.max(Math.ceil(data.total / USERS_PAGE_SIZE), 1) : null;
  return (
    <div className="space-y-4">
      <UserSearchForm initial={search} onSearch={(value) => { setSearch(value); setPage(1); }} />
      {isPending ? <LoadingRows label={text.loading} /> : error ? <LoadError error={error} onRetry={() => void refetch()} /> : (
        <>
          <p role="status" className="text-sm text-slate-700" data-test="users-count">
            {data.total === null ? text.noneOnPage : search ? fill(text.countFor, { count: format.count(data.total, text.count), search }) : format.count(data.total, text.count)}
          </p>
          {data.users.length === 0
            ? <EmptyState icon={Users} title={text.noneFound} description={text.noneFoundText} />
            : <UsersTable users={data.users} viewerId={viewer.id} onSuspend={setSuspending} onActivate={onActivate} onChangeRole={setChangingRole}
                activatingId={activate.isPending ? activate.variables?.userId ?? null : null} />}
          <Pager page={page} pageCount={pageCount} hasNext={false} onPage={setPage} disabled={isFetching} label={text.pages} />
        </>
      )}
      <Suspense fallback={null}>
        {suspending ? <SuspendDialog user={suspending} onClose={() => setSuspending(null)} /> : null}
        {changingRole ? <RoleDialog user={changingRole} onClose={() => setChangingRole(null)} /> : null}
      </Suspense>
    </div>
  );
}

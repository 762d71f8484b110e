'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { fill, table, TableRegion, tbody, td, th, thead, tr, useAdminFormat, useAdminText } from '@/features/admin-common';
import type { AdminUser } from './schema';

type UsersTableProps = {
  users: AdminUser[];
  viewerId: string;
  onSuspend: (user: AdminUser) => void;
  onActivate: (user: AdminUser) => void;
  onChangeRole: (user: AdminUser) => void;
  activatingId: string | null;
};

export function UsersTable({ users, viewerId, onSuspend, onActivate, onChangeRole, activatingId }: UsersTableProps) {
  const { admin: { users: text, common }, labels } = useAdminText();
  const format = useAdminFormat();
  return (
    <TableRegion label={text.tableLabel}>
      <table className={`${table} md:min-w-[48rem]`} data-test="users-table">
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>{text.member}</th>
            <th scope="col" className={th}>{text.role}</th>
            <th scope="col" className={th}>{text.status}</th>
            <th scope="col" className={th}>{text.lastSignIn}</th>
            <th scope="col" className={th}>{text.actions}</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {users.map((user) => {
            const self = user.id === viewerId;
            return (
              <tr key={user.id} className={tr} data-test="user-row" data-user-id={user.id}>
                <th scope="row" className={`${td} font-normal`}>
                  <span className="block font-medium text-slate-900">{self ? fill(common.you, { name: user.full_name }) : user.full_name}</span>
                  <span className="block text-slate-600">{user.email ?? '—'}</span>
                </th>
                <td className={td} data-label={text.role}>{labels.role[user.role]}</td>
                <td className={td} data-label={text.status} data-test="user-status">
                  {user.status === 'active' ? <Badge tone="success">{labels.accountStatus.active}</Badge> : <Badge tone="danger">{labels.accountStatus.suspended}</Badge>}
                </td>
                <td className={td} data-label={text.lastSignIn}>{user.last_sign_in_at ? format.dateTime(user.last_sign_in_at) : text.never}</td>
                <td className={td} data-label={text.actions}>
                  {self ? <span className="text-slate-600">{text.selfNote}</span> : (
                    <div className="flex flex-wrap gap-2">
                      <Button size="sm" variant="secondary" onClick={() => onChangeRole(user)} aria-label={fill(text.changeRoleOf, { name: user.full_name })} data-test="user-change-role">
                        {text.changeRole}
                      </Button>
                      {user.status === 'active' ? (
                        <Button size="sm" variant="danger" onClick={() => onSuspend(user)} aria-label={fill(text.suspendName, { name: user.full_name })} data-test="user-suspend">
                          {text.suspend}
                        </Button>
                      ) : (
                        <Button size="sm" variant="secondary" loading={activatingId === user.id} onClick={() => onActivate(user)} aria-label={fill(text.reactivateName, { name: user.full_name })} data-test="user-activate">
                          {text.reactivate}
                        </Button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

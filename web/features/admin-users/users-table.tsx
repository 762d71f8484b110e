'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatDateTime, table, TableRegion, tbody, td, th, thead, tr } from '@/features/admin-common';
import { ROLE_LABELS, type AdminUser } from './schema';

type UsersTableProps = {
  users: AdminUser[];
  viewerId: string;
  onSuspend: (user: AdminUser) => void;
  onActivate: (user: AdminUser) => void;
  onChangeRole: (user: AdminUser) => void;
  activatingId: string | null;
};

export function UsersTable({ users, viewerId, onSuspend, onActivate, onChangeRole, activatingId }: UsersTableProps) {
  return (
    <TableRegion label="Liste des membres">
      <table className={`${table} md:min-w-[48rem]`} data-test="users-table">
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>Membre</th>
            <th scope="col" className={th}>Rôle</th>
            <th scope="col" className={th}>Statut</th>
            <th scope="col" className={th}>Dernière connexion</th>
            <th scope="col" className={th}>Actions</th>
          </tr>
        </thead>
        <tbody className={tbody}>
          {users.map((user) => {
            const self = user.id === viewerId;
            return (
              <tr key={user.id} className={tr} data-test="user-row" data-user-id={user.id}>
                <th scope="row" className={`${td} font-normal`}>
                  <span className="block font-medium text-slate-900">{user.full_name}{self ? ' (vous)' : ''}</span>
                  <span className="block text-slate-600">{user.email ?? '—'}</span>
                </th>
                <td className={td} data-label="Rôle">{ROLE_LABELS[user.role]}</td>
                <td className={td} data-label="Statut" data-test="user-status">
                  {user.status === 'active' ? <Badge tone="success">Actif</Badge> : <Badge tone="danger">Suspendu</Badge>}
                </td>
                <td className={td} data-label="Dernière connexion">{user.last_sign_in_at ? formatDateTime(user.last_sign_in_at) : 'Jamais'}</td>
                <td className={td} data-label="Actions">
                  {self ? <span className="text-slate-600">Vos propres droits se gèrent par un autre administrateur.</span> : (
                    <div className="flex flex-wrap gap-2">
                      <Button size="sm" variant="secondary" onClick={() => onChangeRole(user)} aria-label={`Changer le rôle de ${user.full_name}`} data-test="user-change-role">
                        Changer le rôle
                      </Button>
                      {user.status === 'active' ? (
                        <Button size="sm" variant="danger" onClick={() => onSuspend(user)} aria-label={`Suspendre ${user.full_name}`} data-test="user-suspend">
                          Suspendre
                        </Button>
                      ) : (
                        <Button size="sm" variant="secondary" loading={activatingId === user.id} onClick={() => onActivate(user)} aria-label={`Réactiver ${user.full_name}`} data-test="user-activate">
                          Réactiver
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

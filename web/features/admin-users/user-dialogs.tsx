'use client';

import { useState } from 'react';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, fill, useAdminText, useDescribeAdminError } from '@/features/admin-common';
import { ROLES, type AdminUser, type UserRole } from './schema';
import { useSetUserRole, useSetUserStatus } from './use-admin-users';

type DialogProps = { user: AdminUser | null; onClose: () => void };

/** Suspension: ends the member's sessions and shuts them out until reactivated. */
export function SuspendDialog({ user, onClose }: DialogProps) {
  const describeFailure = useDescribeAdminError();
  const { users: text } = useAdminText().admin;
  const toast = useToast();
  const mutation = useSetUserStatus();
  const confirm = () => {
    if (!user) return;
    mutation.mutate({ userId: user.id, status: 'suspended' }, {
      onSuccess: () => { toast.success(fill(text.suspended, { name: user.full_name })); onClose(); },
      onError: (error) => toast.error(describeFailure(error)),
    });
  };
  return (
    <ConfirmDialog
      open={user !== null}
      onClose={onClose}
      onConfirm={confirm}
      pending={mutation.isPending}
      title={fill(text.suspendTitle, { name: user?.full_name ?? '' })}
      description={text.suspendText}
      confirmLabel={text.suspendConfirm}
      testId="suspend-dialog"
    />
  );
}

/** Role change: gives or takes away powers, so it is confirmed too. */
export function RoleDialog({ user, onClose }: DialogProps) {
  const describeFailure = useDescribeAdminError();
  const { admin: { users: text }, labels } = useAdminText();
  const toast = useToast();
  const mutation = useSetUserRole();
  const [role, setRole] = useState<UserRole | null>(null);
  const chosen = role ?? user?.role ?? 'candidate';
  const close = () => { setRole(null); onClose(); };
  const confirm = () => {
    if (!user) return;
    mutation.mutate({ userId: user.id, role: chosen }, {
      onSuccess: () => { toast.success(fill(text.roleChanged, { name: user.full_name, role: labels.role[chosen].toLowerCase() })); close(); },
      onError: (error) => toast.error(describeFailure(error)),
    });
  };
  return (
    <ConfirmDialog
      open={user !== null}
      onClose={close}
      onConfirm={confirm}
      pending={mutation.isPending}
      confirmDisabled={!user || chosen === user.role}
      tone="primary"
      title={fill(text.changeRoleOf, { name: user?.full_name ?? '' })}
      description={text.roleText}
      confirmLabel={text.changeRole}
      testId="role-dialog"
    >
      <Select label={text.newRole} options={ROLES.map((value) => ({ value, label: labels.role[value] }))} value={chosen} onChange={(event) => setRole(event.currentTarget.value as UserRole)} data-test="role-select" />
    </ConfirmDialog>
  );
}

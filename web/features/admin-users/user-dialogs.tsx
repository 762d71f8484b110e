'use client';

import { useState } from 'react';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { ConfirmDialog, describeAdminError } from '@/features/admin-common';
import { ROLE_LABELS, ROLE_OPTIONS, type AdminUser, type UserRole } from './schema';
import { useSetUserRole, useSetUserStatus } from './use-admin-users';

type DialogProps = { user: AdminUser | null; onClose: () => void };

/** Suspension: ends the member's sessions and shuts them out until reactivated. */
export function SuspendDialog({ user, onClose }: DialogProps) {
  const toast = useToast();
  const mutation = useSetUserStatus();
  const confirm = () => {
    if (!user) return;
    mutation.mutate({ userId: user.id, status: 'suspended' }, {
      onSuccess: () => { toast.success(`Compte suspendu : ${user.full_name}.`); onClose(); },
      onError: (error) => toast.error(describeAdminError(error)),
    });
  };
  return (
    <ConfirmDialog
      open={user !== null}
      onClose={onClose}
      onConfirm={confirm}
      pending={mutation.isPending}
      title={`Suspendre ${user?.full_name ?? ''} ?`}
      description="Ses sessions prennent fin immédiatement : ce membre ne pourra plus se connecter ni consulter ses données tant que son compte ne sera pas réactivé."
      confirmLabel="Suspendre le compte"
      testId="suspend-dialog"
    />
  );
}

/** Role change: gives or takes away powers, so it is confirmed too. */
export function RoleDialog({ user, onClose }: DialogProps) {
  const toast = useToast();
  const mutation = useSetUserRole();
  const [role, setRole] = useState<UserRole | null>(null);
  const chosen = role ?? user?.role ?? 'candidate';
  const close = () => { setRole(null); onClose(); };
  const confirm = () => {
    if (!user) return;
    mutation.mutate({ userId: user.id, role: chosen }, {
      onSuccess: () => { toast.success(`${user.full_name} est maintenant ${ROLE_LABELS[chosen].toLowerCase()}.`); close(); },
      onError: (error) => toast.error(describeAdminError(error)),
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
      title={`Changer le rôle de ${user?.full_name ?? ''}`}
      description="Un professionnel voit les dossiers qui lui sont attribués ; un administrateur gère toute la plateforme."
      confirmLabel="Changer le rôle"
      testId="role-dialog"
    >
      <Select label="Nouveau rôle" options={ROLE_OPTIONS} value={chosen} onChange={(event) => setRole(event.currentTarget.value as UserRole)} data-test="role-select" />
    </ConfirmDialog>
  );
}

import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { UsersAdmin } from '@/features/admin-users';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Membres · Administration' };

export default async function AdminUsersPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="users" title="Membres" description="Rechercher un membre, changer son rôle, suspendre ou réactiver son compte." />
      <UsersAdmin />
    </>
  );
}

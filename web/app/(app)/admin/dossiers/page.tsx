import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { DossierAssignment } from '@/features/admin-dossiers';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Dossiers · Administration' };

export default async function AdminDossiersPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="dossiers" title="Attribution des dossiers" description="Confier chaque dossier à un professionnel actif." />
      <DossierAssignment />
    </>
  );
}

import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { AuditLog } from '@/features/admin-audit';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Journal d’audit · Administration' };

export default async function AdminAuditPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="audit" title="Journal d’audit" description="Qui a fait quoi, et quand : changements de rôle et de statut, attributions, décisions, événements. Conservé six ans, en ajout seul." />
      <AuditLog />
    </>
  );
}

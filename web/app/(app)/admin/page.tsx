import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { AnalyticsDashboard } from '@/features/admin-analytics';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  // Every /admin page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="analytics" title="Tableau de bord" description="L’activité de la plateforme : membres, dossiers, communauté et événements." />
      <AnalyticsDashboard />
    </>
  );
}

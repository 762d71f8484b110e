import { Shield } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHomePage() {
  // Every /admin page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  await requireRole('admin');
  return <ComingSoon title="Administration" description="Membres, événements, attribution des dossiers et statistiques." icon={Shield} emptyTitle="Tableau de bord à venir" emptyText="Les écrans d'administration arrivent dans une prochaine version." />;
}

import { Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Espace pro' };

export default async function ProInboxPage() {
  // Every /pro page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  await requireRole('pro');
  return <ComingSoon title="Dossiers assignés" description="Les dossiers de vos clients, par statut." icon={Inbox} emptyTitle="Aucun dossier assigné" emptyText="Les dossiers qu'un administrateur vous confie apparaîtront ici." />;
}

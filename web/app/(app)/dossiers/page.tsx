import { FolderOpen } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Mon dossier' };

export default function DossiersPage() {
  return <ComingSoon title="Mon dossier" description="Vos demandes, leurs documents et vos échanges avec votre professionnel." icon={FolderOpen} emptyTitle="Aucun dossier pour l'instant" emptyText="La création et le suivi des dossiers arrivent dans la prochaine version." />;
}

import { Video } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Live' };

export default function LivePage() {
  return <ComingSoon title="Live" description="Les webinaires avec des experts de l'immigration." icon={Video} emptyTitle="Aucun webinaire à venir" emptyText="Les prochains événements et vos inscriptions s'afficheront ici." />;
}

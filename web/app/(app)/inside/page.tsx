import { MessagesSquare } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Inside' };

export default function InsidePage() {
  return <ComingSoon title="Inside" description="La communauté CAPITUNE." icon={MessagesSquare} emptyTitle="Aucune publication pour l'instant" emptyText="Le fil de la communauté arrive bientôt : questions, conseils et retours d'expérience." />;
}

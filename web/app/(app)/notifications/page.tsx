import { Bell } from 'lucide-react';
import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Notifications' };

export default function NotificationsPage() {
  return <ComingSoon title="Notifications" description="Messages, documents examinés, changements de statut, rappels d'événements." icon={Bell} emptyTitle="Aucune notification" emptyText="Vous serez averti ici de l'activité de vos dossiers et de vos événements." />;
}

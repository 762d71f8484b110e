import type { Metadata } from 'next';
import { AdminPageHeader } from '@/features/admin-common';
import { NewEvent } from '@/features/admin-events';
import { requireRole } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Nouvel événement · Administration' };

export default async function AdminNewEventPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="events" title="Nouvel événement" description="Les membres pourront s’inscrire dès l’enregistrement." />
      <NewEvent />
    </>
  );
}

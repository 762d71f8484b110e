import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { AdminPageHeader } from '@/features/admin-common';
import { EventsList } from '@/features/admin-events';
import { requireRole } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Événements · Administration' };

export default async function AdminEventsPage() {
  await requireRole('admin');
  return (
    <>
      <AdminPageHeader section="events" title="Événements" description="Les webinaires Live : création, modification, annulation et participants."
        actions={<ButtonLink href={routes.adminNewEvent} data-test="events-new"><Plus aria-hidden="true" className="size-4" />Nouvel événement</ButtonLink>} />
      <EventsList />
    </>
  );
}

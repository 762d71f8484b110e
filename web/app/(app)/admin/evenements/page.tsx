import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { AdminPageHeader } from '@/features/admin-common';
import { EventsList } from '@/features/admin-events';
import { requireRole } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('eventsTitle') }) };
}

export default async function AdminEventsPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="events" title={t('eventsTitle')} description={t('eventsText')}
        actions={<ButtonLink href={routes.adminNewEvent} data-test="events-new"><Plus aria-hidden="true" className="size-4" />{t('newEvent')}</ButtonLink>} />
      <EventsList />
    </>
  );
}

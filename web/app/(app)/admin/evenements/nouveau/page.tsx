import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { NewEvent } from '@/features/admin-events';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('newEventTitle') }) };
}

export default async function AdminNewEventPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="events" title={t('newEventTitle')} description={t('newEventText')} />
      <NewEvent />
    </>
  );
}

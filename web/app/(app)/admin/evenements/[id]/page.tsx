import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminNav } from '@/features/admin-common';
import { EventEditor } from '@/features/admin-events';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('eventTitle') }) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AdminEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('admin');
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  return (
    <>
      <AdminNav current="events" />
      <EventEditor eventId={id} />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { ModerationQueue, MutedMembers } from '@/features/admin-moderation';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('moderationTitle') }) };
}

export default async function AdminModerationPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="moderation" title={t('moderationTitle')} description={t('moderationText')} />
      <ModerationQueue />
      <MutedMembers />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { DossierAssignment } from '@/features/admin-dossiers';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: t('pages.section', { title: t('nav.dossiers') }) };
}

export default async function AdminDossiersPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="dossiers" title={t('dossiersTitle')} description={t('dossiersText')} />
      <DossierAssignment />
    </>
  );
}

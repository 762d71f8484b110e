import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { AnalyticsDashboard } from '@/features/admin-analytics';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.pages'))('administration') };
}

export default async function AdminHomePage() {
  // Every /admin page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="analytics" title={t('analyticsTitle')} description={t('analyticsText')} />
      <AnalyticsDashboard />
    </>
  );
}

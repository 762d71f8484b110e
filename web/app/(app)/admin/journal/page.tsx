import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { AuditLog } from '@/features/admin-audit';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('auditTitle') }) };
}

export default async function AdminAuditPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="audit" title={t('auditTitle')} description={t('auditText')} />
      <AuditLog />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from '@/features/admin-common';
import { UsersAdmin } from '@/features/admin-users';
import { requireRole } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.pages');
  return { title: t('section', { title: t('usersTitle') }) };
}

export default async function AdminUsersPage() {
  await requireRole('admin');
  const t = await getTranslations('admin.pages');
  return (
    <>
      <AdminPageHeader section="users" title={t('usersTitle')} description={t('usersText')} />
      <UsersAdmin />
    </>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { NewDossierForm } from '@/features/case-file';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('caseFile.pages'))('newTitle') };
}

export default async function NewDossierPage() {
  const viewer = await requireViewer();
  // Only candidates open dossiers (the database refuses others too).
  if (viewer.role !== 'candidate') redirect(`${routes.dashboard}?acces=refuse`);
  const t = await getTranslations('caseFile.pages');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <ClientMessagesScope><NewDossierForm /></ClientMessagesScope>
    </>
  );
}

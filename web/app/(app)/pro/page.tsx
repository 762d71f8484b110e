import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { parseInboxFilter, ProInbox } from '@/features/case-file';
import { ClientMessagesScope } from '@/features/language';
import { requireRole } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('caseFile.pages'))('proTitle') };
}

export default async function ProInboxPage({ searchParams }: PageSearchParams) {
  // Every /pro page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  const viewer = await requireRole('pro');
  const filter = parseInboxFilter(firstParam((await searchParams).statut));
  const t = await getTranslations('caseFile.pages');
  return (
    <>
      <PageHeader title={t('proTitle')} description={t('proDescription')} />
      <ClientMessagesScope><ProInbox proId={viewer.id} initialFilter={filter} /></ClientMessagesScope>
    </>
  );
}

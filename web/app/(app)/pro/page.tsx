import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { parseInboxFilter, ProInbox } from '@/features/case-file';
import { ClientMessagesScope } from '@/features/language';
import { requireRole } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dossiers assignés' };

export default async function ProInboxPage({ searchParams }: PageSearchParams) {
  // Every /pro page checks the role itself: layouts render in parallel with pages, so they
  // are no guard (the proxy's earlier check only spares a render).
  const viewer = await requireRole('pro');
  const filter = parseInboxFilter(firstParam((await searchParams).statut));
  return (
    <>
      <PageHeader title="Dossiers assignés" description="Les dossiers de vos clients, par statut, avec leurs messages non lus." />
      <ClientMessagesScope><ProInbox proId={viewer.id} initialFilter={filter} /></ClientMessagesScope>
    </>
  );
}

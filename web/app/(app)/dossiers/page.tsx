import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DossierList } from '@/features/case-file';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('caseFile.pages'))('dossiers') };
}

export default async function DossiersPage() {
  const viewer = await requireViewer();
  // Dossiers belong to candidates; pros work from their inbox, admins from administration.
  if (viewer.role === 'pro') redirect(routes.pro);
  if (viewer.role === 'admin') redirect(routes.admin);
  return <ClientMessagesScope><DossierList candidateId={viewer.id} /></ClientMessagesScope>;
}

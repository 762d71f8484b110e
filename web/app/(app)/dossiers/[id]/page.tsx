import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DossierDetail, dossierIdSchema, parseDossierTab } from '@/features/case-file';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dossier' };

type DossierPageProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** One dossier for its candidate, its assigned pro or an admin (RLS decides who sees it). */
export default async function DossierPage({ params, searchParams }: DossierPageProps) {
  await requireViewer();
  const { id } = await params;
  if (!dossierIdSchema.safeParse(id).success) notFound();
  const tab = parseDossierTab(firstParam((await searchParams).onglet));
  return <DossierDetail key={id} dossierId={id} initialTab={tab} />;
}

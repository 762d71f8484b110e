import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { caseFileMessages, DossierDetail, dossierIdSchema, parseDossierTab, prefetchDossierView } from '@/features/case-file';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('caseFile.pages'))('dossier') };
}

type DossierPageProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** One dossier for its candidate, its assigned pro or an admin (RLS decides who sees it); its overview read on the server. */
export default async function DossierPage({ params, searchParams }: DossierPageProps) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!dossierIdSchema.safeParse(id).success) notFound();
  const tab = parseDossierTab(firstParam((await searchParams).onglet));
  const queryClient = new QueryClient();
  const [messages] = await Promise.all([getMessages(), prefetchDossierView(queryClient, await createSupabaseServerClient(), id, viewer.id)]);
  return (
    <NextIntlClientProvider messages={caseFileMessages(messages)}>
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DossierDetail key={id} dossierId={id} initialTab={tab} />
    </HydrationBoundary>
    </NextIntlClientProvider>
  );
}

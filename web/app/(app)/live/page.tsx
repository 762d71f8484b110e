import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { EventList, type EventPeriod, eventsOptions, myRegistrationsOptions, PeriodTabs } from '@/features/live';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const metadata: Metadata = { title: 'Live' };

export default async function LivePage({ searchParams }: PageSearchParams) {
  const viewer = await requireViewer();
  const period: EventPeriod = firstParam((await searchParams).periode) === 'passes' ? 'past' : 'upcoming';
  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery(eventsOptions(period, server)),
    queryClient.prefetchQuery(myRegistrationsOptions(viewer.id, server)),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Live" description="Des webinaires avec des experts de l’immigration. Les heures sont affichées dans votre fuseau horaire." />
      <PeriodTabs current={period} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EventList period={period} />
      </HydrationBoundary>
    </div>
  );
}

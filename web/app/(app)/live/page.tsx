import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { EventList, type EventPeriod, eventsOptions, myRegistrationsOptions, PeriodTabs } from '@/features/live';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('live') };
}

export default async function LivePage({ searchParams }: PageSearchParams) {
  const viewer = await requireViewer();
  const t = await getTranslations('live');
  const period: EventPeriod = firstParam((await searchParams).periode) === 'passes' ? 'past' : 'upcoming';
  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery(eventsOptions(period, server)),
    queryClient.prefetchQuery(myRegistrationsOptions(viewer.id, server)),
  ]);
  return (
    <ClientMessagesScope>
    <div className="max-w-3xl">
      <PageHeader title="Live" description={t('pageDescription')} />
      <PeriodTabs current={period} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <EventList period={period} />
      </HydrationBoundary>
    </div>
    </ClientMessagesScope>
  );
}

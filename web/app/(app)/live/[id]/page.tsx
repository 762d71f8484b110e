import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EventDetail, eventOptions, fetchEvent, joinLinkOptions, myRegistrationOptions, waitlistOptions } from '@/features/live';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import { createSupabaseServerClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/uuid';

type EventPageProps = { params: Promise<{ id: string }> };

// Read once per request for both the title and the page.
const readEvent = cache(async (eventId: string) => fetchEvent(await createSupabaseServerClient(), eventId));

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations('meta');
  if (!isUuid(id)) return { title: t('eventNotFound') };
  await requireViewer();
  const event = await readEvent(id);
  return { title: event ? event.title : t('eventNotFound') };
}

export default async function EventPage({ params }: EventPageProps) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const event = await readEvent(id);
  if (!event) notFound();

  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  queryClient.setQueryData(eventOptions(id, server).queryKey, event);
  const registration = await queryClient.fetchQuery(myRegistrationOptions(id, viewer.id, server)).catch(() => null);
  // What only a registered (or waitlisted) viewer gets, read now so the page arrives complete.
  if (registration?.status === 'registered') await queryClient.prefetchQuery(joinLinkOptions(id, server));
  if (registration?.status === 'waitlisted') await queryClient.prefetchQuery(waitlistOptions(id, server));

  return (
    <ClientMessagesScope>
    <HydrationBoundary state={dehydrate(queryClient)}>
      <EventDetail eventId={id} />
    </HydrationBoundary>
    </ClientMessagesScope>
  );
}

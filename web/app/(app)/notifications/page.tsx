import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { NotificationList, notificationsOptions, unreadCountOptions } from '@/features/notifications';
import { requireViewer } from '@/lib/auth/viewer';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(notificationsOptions(viewer.id, server)),
    queryClient.prefetchQuery(unreadCountOptions(viewer.id, server)),
  ]);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Notifications" description="Ce qui s’est passé dans vos dossiers, vos Live et Inside." />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <NotificationList userId={viewer.id} />
      </HydrationBoundary>
    </div>
  );
}

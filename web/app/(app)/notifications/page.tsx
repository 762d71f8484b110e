import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { ClientMessagesScope } from '@/features/language';
import { NotificationList, notificationsOptions, readUnreadCount, unreadCountOptions } from '@/features/notifications';
import { requireViewer } from '@/lib/auth/viewer';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('notifications') };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const t = await getTranslations('notifications');
  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchInfiniteQuery(notificationsOptions(viewer.id, server)),
    // The layout's bell read it for this request already.
    queryClient.prefetchQuery({ ...unreadCountOptions(viewer.id, server), queryFn: () => readUnreadCount(viewer.id) }),
  ]);
  return (
    <ClientMessagesScope>
    <div className="max-w-3xl">
      <PageHeader title="Notifications" description={t('description')} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <NotificationList userId={viewer.id} />
      </HydrationBoundary>
    </div>
    </ClientMessagesScope>
  );
}

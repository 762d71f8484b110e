import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { fetchMyNextSteps, fetchMyOpenTasks, NextStepSection, OpenTasksSection } from '@/features/case-file';
import { DossiersSection, EventsSection, fetchLatestPosts, fetchMyDossiers, fetchNextEvents, fetchUnreadTotal, PostsSection } from '@/features/dashboard';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('dashboard') };
}

const settled = <T,>(result: PromiseSettledResult<T>): T | null => (result.status === 'fulfilled' ? result.value : null);

/** The signed-in home, read on the server in one round: the next step, dossiers and unread messages, tasks, next Live, latest Inside posts. */
export default async function DashboardPage({ searchParams }: PageSearchParams) {
  const viewer = await requireViewer();
  const t = await getTranslations('dashboard');
  const refused = firstParam((await searchParams).acces) === 'refuse';
  const firstName = viewer.fullName.split(/\s+/)[0] ?? viewer.fullName;
  const supabase = await createSupabaseServerClient();

  const [dossiers, unread, events, posts, tasks, steps] = await Promise.allSettled([
    fetchMyDossiers(supabase, viewer),
    fetchUnreadTotal(supabase, viewer),
    fetchNextEvents(supabase, viewer),
    fetchLatestPosts(supabase),
    fetchMyOpenTasks(supabase, viewer),
    fetchMyNextSteps(supabase),
  ]);
  for (const result of [dossiers, unread, events, posts, tasks, steps]) {
    if (result.status === 'rejected') console.error('Tableau de bord :', result.reason);
  }

  return (
    <div data-test="dashboard">
      <PageHeader title={t('greeting', { name: firstName })} description={t('intro')} titleTestId="dashboard-greeting" />
      {refused ? <Alert tone="warning" className="mb-6">{t('refused')}</Alert> : null}
      <div className="grid gap-6 xl:grid-cols-2">
        {settled(steps)?.length === 0 ? null : (
          <div className="xl:col-span-2">
            <NextStepSection steps={settled(steps)} viewer={viewer} now={new Date()} />
          </div>
        )}
        <div className="xl:col-span-2">
          <DossiersSection role={viewer.role} data={settled(dossiers)} unread={settled(unread)} steps={settled(steps)} />
        </div>
        <div className="xl:col-span-2">
          <OpenTasksSection tasks={settled(tasks)} now={new Date()} timeZone={viewer.timeZone} />
        </div>
        <EventsSection events={settled(events)} />
        <PostsSection posts={settled(posts)} />
      </div>
    </div>
  );
}

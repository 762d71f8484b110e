import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { CategoryFilter, feedOptions, InsideFeed, isPostCategory, NewPost, normaliseSearch, SearchForm, searchOptions, SearchResults } from '@/features/inside';
import { ClientMessagesScope } from '@/features/language';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const metadata: Metadata = { title: 'Inside' };

/** The feed (`?categorie=`) or search results (`?q=`), first page read on the server. */
export default async function InsidePage({ searchParams }: PageSearchParams) {
  await requireViewer();
  const t = await getTranslations('inside');
  const params = await searchParams;
  const query = normaliseSearch(firstParam(params.q));
  const rawCategory = firstParam(params.categorie);
  const category = isPostCategory(rawCategory) ? rawCategory : null;

  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  if (query) await queryClient.prefetchQuery(searchOptions(query, server));
  else await queryClient.prefetchInfiniteQuery(feedOptions(category, server));

  return (
    <ClientMessagesScope>
    <div className="max-w-3xl">
      <PageHeader title="Inside" description={t('description')} actions={query ? null : <NewPost />} />
      <div className="space-y-6">
        <SearchForm query={query} />
        <HydrationBoundary state={dehydrate(queryClient)}>
          {query ? <SearchResults query={query} /> : (
            <>
              <CategoryFilter current={category} />
              <InsideFeed category={category} />
            </>
          )}
        </HydrationBoundary>
      </div>
    </div>
    </ClientMessagesScope>
  );
}

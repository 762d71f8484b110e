import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/layout/page-header';
import { CategoryFilter, feedOptions, InsideFeed, insideMessages, isPostCategory, NewPost, normaliseSearch, SearchForm, searchOptions, SearchResults } from '@/features/inside';
import { requireViewer } from '@/lib/auth/viewer';
import { firstParam, type PageSearchParams } from '@/lib/search-params';
import { createSupabaseServerClient } from '@/lib/supabase/server';

export const metadata: Metadata = { title: 'Inside' };

/** The feed (`?categorie=`) or search results (`?q=`), first page read on the server. */
export default async function InsidePage({ searchParams }: PageSearchParams) {
  const params = await searchParams;
  const query = normaliseSearch(firstParam(params.q));
  const rawCategory = firstParam(params.categorie);
  const category = isPostCategory(rawCategory) ? rawCategory : null;

  const supabase = await createSupabaseServerClient();
  const server = async () => supabase;
  const queryClient = new QueryClient();
  // The first page is read while the viewer is checked, not after: RLS answers for the reader
  // either way. The messages are awaited here too, not in an async wrapper, so the page streams in
  // one piece, its reveal script right after the feed, instead of in parts that wait on each other.
  const [, t, messages] = await Promise.all([
    requireViewer(),
    getTranslations('inside'),
    getMessages(),
    query ? queryClient.prefetchQuery(searchOptions(query, server)) : queryClient.prefetchInfiniteQuery(feedOptions(category, server)),
  ]);

  return (
    <NextIntlClientProvider messages={insideMessages(messages)}>
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
    </NextIntlClientProvider>
  );
}

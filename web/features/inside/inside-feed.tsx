'use client';

import { MessagesSquare } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useErrorText } from '@/lib/supabase/use-error-text';
import type { PostCategory } from './labels';
import { LoadMore } from '@/components/ui/load-more';
import { PostCard } from './post-card';
import { useFeed } from './use-inside';

// Cards past the fifth are below the first screen on any display: the browser renders them when
// scrolled near (a page is twenty cards, two or three in view on a phone).
const FIRST_SCREEN = 5;

/** The feed: pinned posts first, then the newest, one keyset page after another. */
export function InsideFeed({ category }: { category: PostCategory | null }) {
  const { describe } = useErrorText();
  const t = useTranslations('inside');
  const feed = useFeed(category);
  if (feed.isPending) return <FeedSkeleton />;
  if (feed.isError) {
    return (
      <Alert tone="danger" title={t('feedError')}>
        <p>{describe(feed.error)}</p>
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => void feed.refetch()}>{t('retry')}</Button>
      </Alert>
    );
  }
  const posts = feed.data.pages.flatMap((page) => page.posts);
  if (posts.length === 0) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title={category ? t('emptyCategory', { category: t(`category.${category}`) }) : t('empty')}
        description={t('emptyText')}
      />
    );
  }
  return (
    <section aria-label={t('feedLabel')}>
      <ul className="space-y-4" data-test="inside-feed">
        {posts.map((post, index) => (
          <li key={post.id}><PostCard post={post} belowTheFold={index >= FIRST_SCREEN} /></li>
        ))}
      </ul>
      {/* Announces each page that arrives, for people who cannot see the list grow. */}
      <p role="status" className="sr-only">{feed.data.pages.length > 1 ? t('shown', { count: posts.length }) : ''}</p>
      <LoadMore
        hasMore={feed.hasNextPage}
        loading={feed.isFetchingNextPage}
        onLoadMore={() => void feed.fetchNextPage()}
        label={t('loadMore')}
      />
      {!feed.hasNextPage && feed.data.pages.length > 1 ? <p className="py-4 text-center text-sm text-slate-600">{t('allSeen')}</p> : null}
    </section>
  );
}

function FeedSkeleton() {
  const t = useTranslations('inside');
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">{t('loadingPosts')}</span>
      {[0, 1, 2].map((i) => <Skeleton key={i} className="h-40" />)}
    </div>
  );
}

'use client';

import { MessagesSquare } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/supabase/errors';
import { CATEGORY_LABELS, type PostCategory } from './labels';
import { LoadMore } from '@/components/ui/load-more';
import { PostCard } from './post-card';
import { useFeed } from './use-inside';

/** The feed: pinned posts first, then the newest, one keyset page after another. */
export function InsideFeed({ category }: { category: PostCategory | null }) {
  const feed = useFeed(category);
  if (feed.isPending) return <FeedSkeleton />;
  if (feed.isError) {
    return (
      <Alert tone="danger" title="Le fil n’a pas pu être chargé">
        <p>{describeError(feed.error)}</p>
        <Button size="sm" variant="secondary" className="mt-2" onClick={() => void feed.refetch()}>Réessayer</Button>
      </Alert>
    );
  }
  const posts = feed.data.pages.flatMap((page) => page.posts);
  if (posts.length === 0) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title={category ? `Aucune publication dans « ${CATEGORY_LABELS[category]} »` : 'Aucune publication pour l’instant'}
        description="Lancez la conversation : posez une question ou partagez votre expérience."
      />
    );
  }
  return (
    <section aria-label="Fil des publications">
      <ul className="space-y-4" data-test="inside-feed">
        {posts.map((post) => (
          <li key={post.id}><PostCard post={post} /></li>
        ))}
      </ul>
      {/* Announces each page that arrives, for people who cannot see the list grow. */}
      <p role="status" className="sr-only">{feed.data.pages.length > 1 ? `${posts.length} publications affichées.` : ''}</p>
      <LoadMore
        hasMore={feed.hasNextPage}
        loading={feed.isFetchingNextPage}
        onLoadMore={() => void feed.fetchNextPage()}
        label="Afficher plus de publications"
      />
      {!feed.hasNextPage && feed.data.pages.length > 1 ? <p className="py-4 text-center text-sm text-slate-600">Vous avez tout vu.</p> : null}
    </section>
  );
}

function FeedSkeleton() {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">Chargement des publications…</span>
      {[0, 1, 2].map((i) => <Skeleton key={i} className="h-40" />)}
    </div>
  );
}

'use client';

import { SearchX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { PostCard } from './post-card';
import { useSearchPosts } from './use-inside';

/** Results of the full-text search, best matches first. */
export function SearchResults({ query }: { query: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('inside');
  const search = useSearchPosts(query);
  if (search.isPending) {
    return (
      <div role="status" className="space-y-4">
        <span className="sr-only">{t('searching')}</span>
        <Skeleton className="h-40" />
      </div>
    );
  }
  if (search.isError) return <Alert tone="danger" title={t('searchError')}>{describe(search.error)}</Alert>;
  const count = search.data.length;
  return (
    <section aria-labelledby="resultats">
      <div role="status">
        <h2 id="resultats" className="mb-4 text-lg font-semibold" data-test="search-summary">
          {t('searchSummary', { count, query })}
        </h2>
      </div>
      {count === 0 ? (
        <EmptyState icon={SearchX} title={t('noMatch')} description={t('noMatchText')} />
      ) : (
        <ul className="space-y-4" data-test="search-results">
          {search.data.map((post) => <li key={post.id}><PostCard post={post} /></li>)}
        </ul>
      )}
    </section>
  );
}

'use client';

import { useEffect, useRef } from 'react';
import { Button } from './button';

type LoadMoreProps = { hasMore: boolean; loading: boolean; onLoadMore: () => void; label: string; testId?: string };

/**
 * Infinite scroll that stays usable without a mouse: the next page loads when the end of the list
 * comes into view, and the same action is a real button for keyboard and screen-reader users.
 */
export function LoadMore({ hasMore, loading, onLoadMore, label, testId = 'load-more' }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latest = useRef(onLoadMore);
  useEffect(() => {
    latest.current = onLoadMore;
  }, [onLoadMore]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || loading || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    }, { rootMargin: '400px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loading]);

  if (!hasMore) return null;
  return (
    <div ref={sentinel} className="flex justify-center py-4">
      <Button variant="secondary" loading={loading} onClick={onLoadMore} data-test={testId}>{label}</Button>
    </div>
  );
}

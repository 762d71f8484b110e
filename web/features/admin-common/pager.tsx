'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { fill, useAdminText } from './admin-text';

type PagerProps = {
  page: number;
  /** Null when the total is unknown (then "next" follows `hasNext`). */
  pageCount: number | null;
  hasNext?: boolean;
  onPage: (page: number) => void;
  label: string;
  disabled?: boolean;
};

/** Previous / next paging with the position spelled out. */
export function Pager({ page, pageCount, hasNext, onPage, label, disabled = false }: PagerProps) {
  const text = useAdminText().admin.common;
  const canNext = pageCount === null ? Boolean(hasNext) : page < pageCount;
  if (page === 1 && !canNext) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3" data-test="pager">
      <Button variant="secondary" size="sm" disabled={disabled || page <= 1} onClick={() => onPage(page - 1)} data-test="pager-previous">
        <ChevronLeft aria-hidden="true" className="size-4" />{text.previous}
      </Button>
      <p className="text-sm text-slate-700" aria-live="polite">
        {pageCount !== null ? fill(text.pageOf, { page, count: pageCount }) : fill(text.page, { page })}
      </p>
      <Button variant="secondary" size="sm" disabled={disabled || !canNext} onClick={() => onPage(page + 1)} data-test="pager-next">
        {text.next}<ChevronRight aria-hidden="true" className="size-4" />
      </Button>
    </nav>
  );
}

'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { Skeleton } from '@/components/ui/skeleton';

// The forms (React Hook Form + zod resolvers, ~22 KiB gzipped) load when first needed, keeping the
// feed's and the post page's first-load JavaScript within the signed-in budget.

function FormLoading({ height }: { height: string }) {
  const t = useTranslations('inside');
  return <div role="status"><span className="sr-only">{t('loadingForm')}</span><Skeleton className={height} /></div>;
}

/** Opened by a click (« Nouvelle publication », « Modifier »). */
export const LazyPostForm = dynamic(() => import('./post-form').then((m) => m.PostForm), {
  loading: () => <FormLoading height="h-96" />,
});

/** Shown under every post: loads right after hydration, in a box of the same height. */
export const LazyCommentForm = dynamic(() => import('./comment-form').then((m) => m.CommentForm), {
  ssr: false,
  loading: () => <FormLoading height="h-48" />,
});

/** Rendered only once « Signaler » is pressed. */
export const LazyReportDialog = dynamic(() => import('./report-dialog').then((m) => m.ReportDialog), { ssr: false });

'use client';

import { ArrowLeft, FileQuestion } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { attachPunctuation } from '@contract/attached-punctuation';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { routes } from '@/lib/routes';
import { CommentSection } from './comment-section';
import { HiddenNotice } from './hidden-notice';
import { PostCard } from './post-card';
import { usePost, useRemovalReason } from './use-inside';

/** A post's page: the post (hidden ones said as such), then its comments. */
export function PostDetail({ postId }: { postId: string }) {
  const { describe } = useErrorText();
  const t = useTranslations('inside');
  const post = usePost(postId);
  const hidden = post.data?.hidden ?? false;
  const removal = useRemovalReason(postId, hidden);

  const back = (
    <Link href={routes.inside} className="mb-4 inline-flex min-h-9 items-center gap-2 text-sm">
      <ArrowLeft aria-hidden="true" className="size-4" />{t('back')}
    </Link>
  );
  if (post.isPending) return <div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-48" /></div>;
  if (post.isError) return <>{back}<Alert tone="danger" title={t('postUnavailable')}>{describe(post.error)}</Alert></>;
  if (!post.data) {
    return (
      <>
        {back}
        <EmptyState icon={FileQuestion} title={t('postGone')} description={t('postGoneText')}
          action={<ButtonLink href={routes.inside}>{t('back')}</ButtonLink>} />
      </>
    );
  }
  const data = post.data;
  return (
    <div className="max-w-3xl" data-test="post-detail">
      {back}
      <PageHeader title={data.title ? attachPunctuation(data.title) : t('postBy', { name: data.author_name })} titleTestId="post-title-heading" />
      {hidden ? <div className="mb-4" data-test="post-hidden"><HiddenNotice what="post" removalReason={removal.data} /></div> : null}
      <PostCard post={data} variant="detail" />
      <CommentSection postId={postId} postHidden={hidden} />
    </div>
  );
}

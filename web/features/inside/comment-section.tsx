'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { LazyCommentForm } from './lazy-forms';
import { CommentItem } from './comment-item';
import { COMMENTS_LIMIT } from './queries';
import { useCreateComment } from './use-comment-mutations';
import { useComments } from './use-inside';

/** The conversation under a post, and the form to join it (closed while the post is hidden). */
export function CommentSection({ postId, postHidden }: { postId: string; postHidden: boolean }) {
  const { describe, explain } = useErrorText();
  const t = useTranslations('inside');
  const toast = useToast();
  const comments = useComments(postId);
  const create = useCreateComment(postId);
  const count = comments.data?.length ?? 0;

  return (
    <section id="commentaires" aria-labelledby="commentaires-titre" className="mt-8 space-y-4" tabIndex={-1}>
      <h2 id="commentaires-titre" className="text-lg font-semibold">{comments.data ? t('commentsCounted', { count }) : t('comments')}</h2>
      {comments.isPending ? <div role="status"><span className="sr-only">{t('loadingComments')}</span><Skeleton className="h-24" /></div> : null}
      {comments.isError ? <Alert tone="danger">{describe(comments.error)}</Alert> : null}
      {comments.data && count === 0 ? <p className="text-slate-700">{t('noComments')}</p> : null}
      {comments.data && count > 0 ? (
        <ol className="space-y-3" data-test="comment-list">
          {comments.data.map((comment) => <li key={comment.id}><CommentItem comment={comment} /></li>)}
        </ol>
      ) : null}
      {count >= COMMENTS_LIMIT ? <p className="text-sm text-slate-600">{t('commentsLimit', { count: COMMENTS_LIMIT })}</p> : null}
      {postHidden ? (
        <p className="text-sm text-slate-700">{t('commentsClosed')}</p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <LazyCommentForm
            label={t('yourComment')}
            submitLabel={t('comment')}
            onSubmit={(values) => create.mutateAsync(values).then(
              () => toast.success(t('commentPosted')),
              async (error: unknown) => { toast.error(await explain(error)); throw error; },
            )}
          />
        </div>
      )}
    </section>
  );
}

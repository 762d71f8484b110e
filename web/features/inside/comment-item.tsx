'use client';

import { Flag, Pencil, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { attachPunctuation } from '@contract/attached-punctuation';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { AuthorLine } from './author-line';
import { ConfirmDialog } from './confirm-dialog';
import { HiddenNotice } from './hidden-notice';
import { LazyCommentForm, LazyReportDialog } from './lazy-forms';
import type { PostComment } from './queries';
import { sr } from './sr-only';
import { useDeleteComment, useUpdateComment } from './use-comment-mutations';

/** One comment; its author edits or deletes it, others report it, admins may delete it. */
export function CommentItem({ comment }: { comment: PostComment }) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const viewer = useViewer();
  const toast = useToast();
  const update = useUpdateComment(comment.post_id);
  const remove = useDeleteComment(comment.post_id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reporting, setReporting] = useState(false);
  const mine = comment.author_id === viewer.id;
  const authorName = comment.author?.full_name ?? t('member');

  return (
    <article aria-label={t('commentBy', { name: authorName })} data-test="comment" data-comment-id={comment.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <AuthorLine authorId={comment.author_id} name={authorName} avatarPath={comment.author?.avatar_path ?? null} role={comment.author?.role ?? 'candidate'}
        createdAt={comment.created_at} editedAt={comment.edited_at} />
      {comment.hidden ? <HiddenNotice what="comment" removalReason={comment.removal_reason} /> : null}
      {editing ? (
        <LazyCommentForm
          label={t('editCommentLabel')}
          submitLabel={t('save')}
          initial={comment.body}
          testId="comment-edit-form"
          onCancel={() => setEditing(false)}
          onSubmit={(values) => update.mutateAsync({ commentId: comment.id, values }).then(
            () => setEditing(false),
            async (error: unknown) => { toast.error(await explain(error)); throw error; },
          )}
        />
      ) : (
        <p className="whitespace-pre-line break-words text-slate-800" data-test="comment-body-text">{attachPunctuation(comment.body)}</p>
      )}
      {!editing ? (
        <div className="flex flex-wrap justify-end gap-1">
          {mine ? <Button variant="ghost" size="sm" onClick={() => setEditing(true)}><Pencil aria-hidden="true" className="size-4" />{t.rich('editComment', { sr })}</Button> : null}
          {mine || viewer.role === 'admin'
            ? <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} data-test="comment-delete"><Trash2 aria-hidden="true" className="size-4" />{t.rich('deleteComment', { sr })}</Button>
            : null}
          {!mine ? <Button variant="ghost" size="sm" onClick={() => setReporting(true)} data-test="comment-report"><Flag aria-hidden="true" className="size-4" />{t.rich('reportComment', { sr })}</Button> : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('deleteCommentTitle')}
        description={t('deleteCommentText')}
        confirmLabel={t('delete')}
        pending={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(comment.id, {
          onSuccess: () => { setConfirming(false); toast.success(t('commentDeleted')); },
          onError: async (error) => toast.error(await explain(error)),
        })}
      />
      {reporting ? <LazyReportDialog open onClose={() => setReporting(false)} postId={comment.post_id} target={{ kind: 'comment', id: comment.id }} /> : null}
    </article>
  );
}

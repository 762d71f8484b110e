'use client';

import { Flag, MessageCircle, Pencil, Pin, PinOff, Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { attachPunctuation } from '@contract/attached-punctuation';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { insidePostPath, routes } from '@/lib/routes';
import { AuthorLine } from './author-line';
import { ConfirmDialog } from './confirm-dialog';
import { LazyPostForm, LazyReportDialog } from './lazy-forms';
import { LikeButton } from './like-button';
import { sr } from './sr-only';
import type { FeedPost } from './queries';
import { useDeletePost, useSetPinned, useUpdatePost } from './use-post-mutations';

// Long posts are cut in lists; the whole text is on the post's page. Links to a post are not
// prefetched: a prefetch renders the page's metadata, one database read per post in view.
const LONG_POST = 600;

type PostCardProps = { post: FeedPost; variant?: 'feed' | 'detail' };

/** A post: author, text (plain text — never HTML), like, comments, and what the reader may do with it. */
export function PostCard({ post, variant = 'feed' }: PostCardProps) {
  const t = useTranslations('inside');
  const viewer = useViewer();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const mine = post.author_id === viewer.id;
  const inFeed = variant === 'feed';
  const long = inFeed && (post.body.length > LONG_POST || post.body.split('\n').length > 8);
  const label = post.title ?? t('postBy', { name: post.author_name });

  return (
    <article
      aria-labelledby={inFeed && post.title ? titleId : undefined}
      aria-label={inFeed && post.title ? undefined : label}
      data-test="post-card"
      data-post-id={post.id}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <AuthorLine authorId={post.author_id} name={post.author_name} avatarPath={post.author_avatar_path} role={post.author_role} createdAt={post.created_at} editedAt={post.edited_at} />
        <div className="flex flex-wrap gap-2">
          {post.pinned ? <Badge tone="warning"><Pin aria-hidden="true" className="mr-1 size-4" />{t('pinned')}</Badge> : null}
          <Badge>{t(`category.${post.category}`)}</Badge>
        </div>
      </div>

      {editing ? (
        <div className="mt-4">
          <EditPost post={post} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <div className="mt-4 space-y-2">
          {inFeed && post.title ? (
            <h2 id={titleId} className="text-lg font-semibold text-slate-900">
              <Link href={insidePostPath(post.id)} prefetch={false} className="text-slate-900 no-underline hover:underline">{attachPunctuation(post.title)}</Link>
            </h2>
          ) : null}
          <p data-test="post-body-text" className={long ? 'line-clamp-6 whitespace-pre-line break-words text-slate-800' : 'whitespace-pre-line break-words text-slate-800'}>
            {attachPunctuation(post.body)}
          </p>
          {long ? <Link href={insidePostPath(post.id)} prefetch={false} className="inline-block py-1 text-sm">{t.rich('readMore', { label, sr })}</Link> : null}
        </div>
      )}

      <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
        <LikeButton postId={post.id} viewerId={viewer.id} liked={post.liked_by_me} count={post.like_count} disabled={post.hidden} />
        {inFeed ? (
          <Link href={`${insidePostPath(post.id)}#commentaires`} prefetch={false} data-test="post-comments-link"
            className="inline-flex min-h-9 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 no-underline hover:bg-slate-100">
            <MessageCircle aria-hidden="true" className="size-5" />
            {t.rich('commentCount', { count: post.comment_count, label, sr })}
          </Link>
        ) : null}
        <PostActions post={post} mine={mine} label={label} onEdit={() => setEditing(true)} editing={editing} leaveOnDelete={!inFeed} />
      </div>
    </article>
  );
}

function EditPost({ post, onDone }: { post: FeedPost; onDone: () => void }) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const toast = useToast();
  const update = useUpdatePost(post.id);
  return (
    <LazyPostForm
      testId="post-edit-form"
      initial={{ title: post.title ?? '', body: post.body, category: post.category }}
      submitLabel={t('save')}
      onCancel={onDone}
      onSubmit={(values) => update.mutateAsync(values).then(
        () => { toast.success(t('postEdited')); onDone(); },
        async (error: unknown) => { toast.error(await explain(error)); throw error; },
      )}
    />
  );
}

type PostActionsProps = { post: FeedPost; mine: boolean; label: string; editing: boolean; onEdit: () => void; leaveOnDelete: boolean };

function PostActions({ post, mine, label, editing, onEdit, leaveOnDelete }: PostActionsProps) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const viewer = useViewer();
  const router = useRouter();
  const toast = useToast();
  const remove = useDeletePost(post.id);
  const pin = useSetPinned(post.id);
  const [confirming, setConfirming] = useState(false);
  const [reporting, setReporting] = useState(false);
  const canDelete = mine || viewer.role === 'admin';
  const onDelete = () => remove.mutate(undefined, {
    onSuccess: () => {
      setConfirming(false);
      toast.success(t('postDeleted'));
      if (leaveOnDelete) router.push(routes.inside);
    },
    onError: async (error) => toast.error(await explain(error)),
  });

  const onPin = () => pin.mutate(!post.pinned, {
    onSuccess: (pinned) => toast.success(pinned ? t('postPinned') : t('postUnpinned')),
    onError: async (error) => toast.error(await explain(error)),
  });

  return (
    <div className="ml-auto flex flex-wrap gap-1">
      {viewer.role === 'admin' ? (
        <Button variant="ghost" size="sm" loading={pin.isPending} onClick={onPin} data-test="post-pin">
          {post.pinned ? <PinOff aria-hidden="true" className="size-4" /> : <Pin aria-hidden="true" className="size-4" />}
          {t.rich(post.pinned ? 'unpin' : 'pin', { label, sr })}
        </Button>
      ) : null}
      {mine && !editing ? (
        <Button variant="ghost" size="sm" onClick={onEdit} data-test="post-edit">
          <Pencil aria-hidden="true" className="size-4" />{t.rich('editPost', { label, sr })}
        </Button>
      ) : null}
      {canDelete ? (
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} data-test="post-delete">
          <Trash2 aria-hidden="true" className="size-4" />{t.rich('deletePost', { label, sr })}
        </Button>
      ) : null}
      {!mine ? (
        <Button variant="ghost" size="sm" onClick={() => setReporting(true)} data-test="post-report">
          <Flag aria-hidden="true" className="size-4" />{t.rich('reportPost', { label, sr })}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('deletePostTitle')}
        description={t('deletePostText')}
        confirmLabel={t('delete')}
        pending={remove.isPending}
        onConfirm={onDelete}
        onClose={() => setConfirming(false)}
      />
      {reporting ? <LazyReportDialog open onClose={() => setReporting(false)} postId={post.id} target={{ kind: 'post', id: post.id }} /> : null}
    </div>
  );
}

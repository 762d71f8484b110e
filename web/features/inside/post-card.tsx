'use client';

import { MessageCircle, Pin } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { attachPunctuation } from '@contract/attached-punctuation';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { insidePostPath } from '@/lib/routes';
import { AuthorLine } from './author-line';
import { LazyPostForm } from './lazy-forms';
import { LikeButton } from './like-button';
import { PostActions } from './post-actions';
import { sr } from './sr-only';
import type { FeedPost } from './queries';
import { useUpdatePost } from './use-post-mutations';

// Long posts are cut in lists; the whole text is on the post's page. Links to a post are not
// prefetched: a prefetch renders the page's metadata, one database read per post in view.
const LONG_POST = 600;

// The browser lays out and paints such a card only once it nears the screen; an estimate, then the
// size it last had, stands in for it meanwhile.
const RENDERED_WHEN_NEAR = '[content-visibility:auto] [contain-intrinsic-size:auto_16rem]';

type PostCardProps = {
  post: FeedPost;
  variant?: 'feed' | 'detail';
  /** Far down a list, never in the first screen: rendered by the browser only once scrolled near. */
  belowTheFold?: boolean;
};

/** A post: author, text (plain text — never HTML), like, comments, and what the reader may do with it. */
export function PostCard({ post, variant = 'feed', belowTheFold = false }: PostCardProps) {
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
      className={cn('rounded-lg border border-slate-200 bg-white p-5 shadow-sm', belowTheFold && RENDERED_WHEN_NEAR)}
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

'use client';

import { Flag, Pencil, Pin, PinOff, Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { useViewer } from '@/components/providers/viewer-context';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { routes } from '@/lib/routes';
import { ConfirmDialog } from './confirm-dialog';
import { LazyReportDialog } from './lazy-forms';
import { sr } from './sr-only';
import type { FeedPost } from './queries';
import { useDeletePost, useSetPinned } from './use-post-mutations';

// One component per action, each holding its own mutation and dialog: a feed of twenty cards
// hydrates only the actions its reader may take (most readers: « Signaler »).

type PostActionsProps = { post: FeedPost; mine: boolean; label: string; editing: boolean; onEdit: () => void; leaveOnDelete: boolean };

export function PostActions({ post, mine, label, editing, onEdit, leaveOnDelete }: PostActionsProps) {
  const t = useTranslations('inside');
  const viewer = useViewer();
  return (
    <div className="ml-auto flex flex-wrap gap-1">
      {viewer.role === 'admin' ? <PinButton post={post} label={label} /> : null}
      {mine && !editing ? (
        <Button variant="ghost" size="sm" onClick={onEdit} data-test="post-edit">
          <Pencil aria-hidden="true" className="size-4" />{t.rich('editPost', { label, sr })}
        </Button>
      ) : null}
      {mine || viewer.role === 'admin' ? <DeleteButton postId={post.id} label={label} leaveOnDelete={leaveOnDelete} /> : null}
      {!mine ? <ReportButton postId={post.id} label={label} /> : null}
    </div>
  );
}

function PinButton({ post, label }: { post: FeedPost; label: string }) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const toast = useToast();
  const pin = useSetPinned(post.id);
  const onPin = () => pin.mutate(!post.pinned, {
    onSuccess: (pinned) => toast.success(pinned ? t('postPinned') : t('postUnpinned')),
    onError: async (error) => toast.error(await explain(error)),
  });
  return (
    <Button variant="ghost" size="sm" loading={pin.isPending} onClick={onPin} data-test="post-pin">
      {post.pinned ? <PinOff aria-hidden="true" className="size-4" /> : <Pin aria-hidden="true" className="size-4" />}
      {t.rich(post.pinned ? 'unpin' : 'pin', { label, sr })}
    </Button>
  );
}

function DeleteButton({ postId, label, leaveOnDelete }: { postId: string; label: string; leaveOnDelete: boolean }) {
  const t = useTranslations('inside');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(true)} data-test="post-delete">
        <Trash2 aria-hidden="true" className="size-4" />{t.rich('deletePost', { label, sr })}
      </Button>
      {confirming ? <ConfirmDelete postId={postId} leaveOnDelete={leaveOnDelete} onClose={() => setConfirming(false)} /> : null}
    </>
  );
}

function ConfirmDelete({ postId, leaveOnDelete, onClose }: { postId: string; leaveOnDelete: boolean; onClose: () => void }) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const router = useRouter();
  const toast = useToast();
  const remove = useDeletePost(postId);
  const onDelete = () => remove.mutate(undefined, {
    onSuccess: () => {
      onClose();
      toast.success(t('postDeleted'));
      if (leaveOnDelete) router.push(routes.inside);
    },
    onError: async (error) => toast.error(await explain(error)),
  });
  return (
    <ConfirmDialog open title={t('deletePostTitle')} description={t('deletePostText')} confirmLabel={t('delete')}
      pending={remove.isPending} onConfirm={onDelete} onClose={onClose} />
  );
}

function ReportButton({ postId, label }: { postId: string; label: string }) {
  const t = useTranslations('inside');
  const [reporting, setReporting] = useState(false);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setReporting(true)} data-test="post-report">
        <Flag aria-hidden="true" className="size-4" />{t.rich('reportPost', { label, sr })}
      </Button>
      {reporting ? <LazyReportDialog open onClose={() => setReporting(false)} postId={postId} target={{ kind: 'post', id: postId }} /> : null}
    </>
  );
}

'use client';

import { Heart } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { cn, focusRing } from '@/components/ui/cn';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useToggleLike } from './use-post-mutations';

type LikeButtonProps = { postId: string; viewerId: string; liked: boolean; count: number; disabled?: boolean };

/** A toggle (aria-pressed): the count moves at once, the request follows. */
export function LikeButton({ postId, viewerId, liked, count, disabled }: LikeButtonProps) {
  const { explain } = useErrorText();
  const t = useTranslations('inside');
  const toast = useToast();
  const toggle = useToggleLike(postId, viewerId);
  return (
    <button
      type="button"
      aria-pressed={liked}
      disabled={disabled}
      data-test="post-like"
      onClick={() => toggle.mutate(!liked, { onError: async (error) => toast.error(await explain(error)) })}
      className={cn(
        'inline-flex min-h-9 items-center gap-2 rounded-md px-3 text-sm font-medium disabled:cursor-not-allowed disabled:text-slate-500',
        liked ? 'bg-red-50 text-red-800 hover:bg-red-100' : 'text-slate-700 hover:bg-slate-100',
        focusRing,
      )}
    >
      <Heart aria-hidden="true" className={cn('size-5', liked && 'fill-current')} />
      <span>{t('like')}</span>
      <span data-test="post-like-count" className="tabular-nums">{count}</span>
    </button>
  );
}

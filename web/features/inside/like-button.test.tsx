import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render-with-app';
import { insideKeys } from './keys';
import { LikeButton } from './like-button';
import type { FeedPost } from './queries';

vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: vi.fn() }));
const { loadSupabase } = await import('@/lib/supabase/lazy');

const VIEWER = '11111111-1111-4111-8111-111111111111';
const POST: FeedPost = {
  id: '22222222-2222-4222-8222-222222222222', author_id: '33333333-3333-4333-8333-333333333333', author_name: 'Karim Haddad',
  author_avatar_path: null, author_role: 'candidate', title: 'Biométrie', body: 'Où faire ses données biométriques ?',
  category: 'general', pinned: false, like_count: 3, comment_count: 0, hidden: false, edited_at: null,
  created_at: '2026-11-20T10:00:00Z', liked_by_me: false,
};

/** The button fed from the cache, as the feed and the post page do. */
function CachedLike() {
  const { data } = useQuery({ queryKey: insideKeys.post(POST.id), queryFn: () => POST, initialData: POST });
  return <LikeButton postId={POST.id} viewerId={VIEWER} liked={data.liked_by_me} count={data.like_count} />;
}

function deferred() {
  let resolve!: (value: { error: unknown }) => void;
  const promise = new Promise<{ error: unknown }>((r) => { resolve = r; });
  return { promise, resolve };
}

let insert: ReturnType<typeof vi.fn>;
let answer: ReturnType<typeof deferred>;

beforeEach(() => {
  answer = deferred();
  insert = vi.fn(() => answer.promise);
  vi.mocked(loadSupabase).mockResolvedValue({ from: vi.fn(() => ({ insert })) } as never);
});

describe('LikeButton', () => {
  it('counts the like at once, before the database answers, and sends it', async () => {
    renderWithApp(<CachedLike />);
    const button = screen.getByRole('button', { name: /J’aime|J'aime/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(button);

    expect(screen.getByTestId('post-like-count').textContent).toBe('4');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(insert).toHaveBeenCalledWith({ post_id: POST.id }));
    answer.resolve({ error: null });
    await waitFor(() => expect(screen.getByTestId('post-like-count').textContent).toBe('4'));
  });

  it('puts the count back and says why when the database refuses', async () => {
    renderWithApp(<CachedLike />);
    await userEvent.click(screen.getByTestId('post-like'));
    expect(screen.getByTestId('post-like-count').textContent).toBe('4');

    answer.resolve({ error: { code: '42501', message: 'new row violates row-level security policy for table "post_likes"' } });

    await waitFor(() => expect(screen.getByTestId('post-like-count').textContent).toBe('3'));
    expect(screen.getByTestId('post-like').getAttribute('aria-pressed')).toBe('false');
    expect(await screen.findByText('Action non autorisée pour votre compte.')).toBeTruthy();
  });

  it('says the refusal in English to an English member, and shows the database’s own sentence as raised', async () => {
    renderWithApp(<CachedLike />, { locale: 'en-CA' });
    await userEvent.click(screen.getByRole('button', { name: /Like/ }));
    answer.resolve({ error: { code: '42501', message: 'new row violates row-level security policy for table "post_likes"' } });
    expect(await screen.findByText('Your account is not allowed to do this.')).toBeTruthy();
    expect(screen.queryByText('Action non autorisée pour votre compte.')).toBeNull();

    answer = deferred();
    await userEvent.click(screen.getByTestId('post-like'));
    answer.resolve({ error: { code: 'PT429', message: 'Too many requests: wait a second before trying again.' } });
    expect(await screen.findByText('Too many requests: wait a second before trying again.')).toBeTruthy();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp, testViewer } from '@/test/render-with-app';
import { PostCard } from './post-card';
import type { FeedPost } from './queries';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }) }));
vi.mock('@/lib/supabase/lazy', () => ({ loadSupabase: vi.fn() }));

const viewer = testViewer();
const post = (overrides: Partial<FeedPost> = {}): FeedPost => ({
  id: '22222222-2222-4222-8222-222222222222', author_id: '33333333-3333-4333-8333-333333333333', author_name: 'Karim Haddad',
  author_avatar_path: null, author_role: 'candidate', title: 'Biométrie', body: 'Où faire ses données biométriques ?',
  category: 'quebec', pinned: false, like_count: 2, comment_count: 1, hidden: false, edited_at: null,
  created_at: '2026-11-20T10:00:00Z', liked_by_me: false, ...overrides,
});

describe('PostCard', () => {
  it('shows members’ text as text: markup in a post is never turned into HTML', () => {
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>gras</b> <a href="javascript:alert(3)">lien</a>';
    const { container } = renderWithApp(<PostCard post={post({ title: '<i>titre</i>', body })} />);
    expect(container.querySelector('img, script, b, i, a[href^="javascript"]')).toBeNull();
    expect(screen.getByTestId('post-body-text').textContent).toBe(body);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<i>titre</i>');
  });

  it('keeps a « ? » or « : » on the line of the word before it, as typed with an ordinary space', () => {
    renderWithApp(<PostCard post={post({ title: 'Biométrie : où ?', body: 'Où faire ses données biométriques ? Le délai ?' })} />);
    expect(screen.getByTestId('post-body-text').textContent).toBe('Où faire ses données biométriques\u00A0? Le délai\u00A0?');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Biométrie\u00A0: où\u00A0?');
  });

  it('says pinned and the category in words, and counts likes and comments', () => {
    renderWithApp(<PostCard post={post({ pinned: true })} />);
    expect(screen.getByText('Épinglée')).toBeTruthy();
    expect(screen.getByText('Québec')).toBeTruthy();
    expect(screen.getByTestId('post-like-count').textContent).toBe('2');
    expect(screen.getByTestId('post-comments-link').textContent).toContain('1 commentaire');
  });

  it('offers edit and delete on one’s own post, and report on others’', () => {
    const { unmount } = renderWithApp(<PostCard post={post({ author_id: viewer.id })} />, { viewer });
    expect(screen.getByTestId('post-edit')).toBeTruthy();
    expect(screen.getByTestId('post-delete')).toBeTruthy();
    expect(screen.queryByTestId('post-report')).toBeNull();
    unmount();

    renderWithApp(<PostCard post={post()} />, { viewer });
    expect(screen.getByTestId('post-report')).toBeTruthy();
    expect(screen.queryByTestId('post-edit')).toBeNull();
    expect(screen.queryByTestId('post-delete')).toBeNull();
  });

  it('lets admins delete anyone’s post', () => {
    renderWithApp(<PostCard post={post()} />, { viewer: testViewer({ role: 'admin' }) });
    expect(screen.getByTestId('post-delete')).toBeTruthy();
  });

  it('names posts without a title after their author, for screen readers', () => {
    renderWithApp(<PostCard post={post({ title: null })} />);
    expect(screen.getByRole('article', { name: 'Publication de Karim Haddad' })).toBeTruthy();
  });
});

import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { patchPost, removePost, restoreInside, snapshotInside, withLike } from './cache';
import { insideKeys } from './keys';
import type { FeedPage, FeedPost } from './queries';

const post = (id: string, overrides: Partial<FeedPost> = {}): FeedPost => ({
  id, author_id: 'a', author_name: 'A', author_avatar_path: null, author_role: 'candidate', title: null, body: 'x',
  category: 'general', pinned: false, like_count: 1, comment_count: 0, hidden: false, edited_at: null,
  created_at: '2026-11-20T10:00:00Z', liked_by_me: false, ...overrides,
});

function seeded() {
  const queryClient = new QueryClient();
  const feed: InfiniteData<FeedPage> = { pages: [{ posts: [post('p1'), post('p2')], nextCursor: null }], pageParams: [null] };
  queryClient.setQueryData(insideKeys.feed(null), feed);
  queryClient.setQueryData(insideKeys.feed('quebec'), { pages: [{ posts: [post('p1')], nextCursor: null }], pageParams: [null] });
  queryClient.setQueryData(insideKeys.search('permis'), [post('p1')]);
  queryClient.setQueryData(insideKeys.post('p1'), post('p1'));
  return queryClient;
}

const likeCounts = (queryClient: QueryClient) => [
  queryClient.getQueryData<InfiniteData<FeedPage>>(insideKeys.feed(null))!.pages[0]!.posts[0]!.like_count,
  queryClient.getQueryData<InfiniteData<FeedPage>>(insideKeys.feed('quebec'))!.pages[0]!.posts[0]!.like_count,
  queryClient.getQueryData<FeedPost[]>(insideKeys.search('permis'))![0]!.like_count,
  queryClient.getQueryData<FeedPost>(insideKeys.post('p1'))!.like_count,
];

describe('the Inside cache', () => {
  it('changes a post everywhere it is shown: every feed, search results and its page', () => {
    const queryClient = seeded();
    patchPost(queryClient, 'p1', (p) => withLike(p, true));
    expect(likeCounts(queryClient)).toEqual([2, 2, 2, 2]);
    expect(queryClient.getQueryData<InfiniteData<FeedPage>>(insideKeys.feed(null))!.pages[0]!.posts[1]!.like_count).toBe(1);
  });

  it('puts everything back from a snapshot when a change fails', () => {
    const queryClient = seeded();
    const snapshot = snapshotInside(queryClient);
    patchPost(queryClient, 'p1', (p) => withLike(p, true));
    restoreInside(queryClient, snapshot);
    expect(likeCounts(queryClient)).toEqual([1, 1, 1, 1]);
  });

  it('takes a deleted post out of feeds and searches', () => {
    const queryClient = seeded();
    removePost(queryClient, 'p1');
    expect(queryClient.getQueryData<InfiniteData<FeedPage>>(insideKeys.feed(null))!.pages[0]!.posts.map((p) => p.id)).toEqual(['p2']);
    expect(queryClient.getQueryData<FeedPost[]>(insideKeys.search('permis'))).toEqual([]);
  });

  it('never counts a like twice nor below zero', () => {
    expect(withLike(post('p', { liked_by_me: true, like_count: 5 }), true).like_count).toBe(5);
    expect(withLike(post('p', { liked_by_me: true, like_count: 0 }), false).like_count).toBe(0);
  });
});

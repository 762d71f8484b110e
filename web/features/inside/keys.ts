import type { PostCategory } from './labels';

/** React Query keys of Inside: feed pages per category, searches, one post, its comments. */
export const insideKeys = {
  all: ['inside'] as const,
  feeds: () => [...insideKeys.all, 'feed'] as const,
  feed: (category: PostCategory | null) => [...insideKeys.feeds(), category ?? 'toutes'] as const,
  searches: () => [...insideKeys.all, 'search'] as const,
  search: (query: string) => [...insideKeys.searches(), query] as const,
  posts: () => [...insideKeys.all, 'post'] as const,
  post: (postId: string) => [...insideKeys.posts(), postId] as const,
  removal: (postId: string) => [...insideKeys.all, 'removal', postId] as const,
  comments: (postId: string) => [...insideKeys.all, 'comments', postId] as const,
};

import type { Database } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { PostCategory, UserRole } from './labels';

type FeedRow = Database['public']['Views']['feed_posts']['Row'];

/** A post as the feed shows it (feed_posts: author, counts, liked-by-me), with the view's nulls resolved. */
export type FeedPost = {
  id: string;
  author_id: string;
  author_name: string;
  author_avatar_path: string | null;
  author_role: UserRole;
  title: string | null;
  body: string;
  category: PostCategory;
  pinned: boolean;
  like_count: number;
  comment_count: number;
  hidden: boolean;
  edited_at: string | null;
  created_at: string;
  liked_by_me: boolean;
};

export const FEED_COLUMNS =
  'id, author_id, author_name, author_avatar_path, author_role, title, body, category, pinned, like_count, comment_count, hidden, edited_at, created_at, liked_by_me';

/** Views type every column as nullable; the columns behind these are not null. */
export function toFeedPost(row: FeedRow): FeedPost {
  return {
    id: row.id ?? '',
    author_id: row.author_id ?? '',
    author_name: row.author_name ?? 'Membre',
    author_avatar_path: row.author_avatar_path,
    author_role: row.author_role ?? 'candidate',
    title: row.title,
    body: row.body ?? '',
    category: row.category ?? 'general',
    pinned: row.pinned ?? false,
    like_count: row.like_count ?? 0,
    comment_count: row.comment_count ?? 0,
    hidden: row.hidden ?? false,
    edited_at: row.edited_at,
    created_at: row.created_at ?? new Date(0).toISOString(),
    liked_by_me: row.liked_by_me ?? false,
  };
}

/** The first page is short, so the feed's first paint and hydration stay light; scrolling asks for more. */
export const FEED_FIRST_PAGE_SIZE = 10;
export const FEED_PAGE_SIZE = 20;
export type FeedCursor = { createdAt: string; id: string };
export type FeedPage = { posts: FeedPost[]; nextCursor: FeedCursor | null };

/**
 * One page of the feed by keyset (inside_feed): the first page starts with the pinned posts; the
 * next one continues after the last regular post, so nothing is skipped or repeated as people post.
 */
export async function fetchFeedPage(
  supabase: AppSupabaseClient,
  { category, cursor }: { category: PostCategory | null; cursor: FeedCursor | null },
): Promise<FeedPage> {
  const size = cursor ? FEED_PAGE_SIZE : FEED_FIRST_PAGE_SIZE;
  const { data, error } = await supabase.rpc('inside_feed', {
    page_size: size,
    ...(category ? { category } : {}),
    ...(cursor ? { before_created_at: cursor.createdAt, before_id: cursor.id } : {}),
  });
  if (error) throw error;
  const posts = data.map(toFeedPost);
  const regular = posts.filter((post) => !post.pinned);
  const last = regular.at(-1);
  return {
    posts,
    nextCursor: regular.length === size && last ? { createdAt: last.created_at, id: last.id } : null,
  };
}

export const SEARCH_MAX_RESULTS = 30;

/** Full-text search (French configuration, websearch syntax), best matches first. */
export async function searchPosts(supabase: AppSupabaseClient, query: string): Promise<FeedPost[]> {
  const { data, error } = await supabase.rpc('search_posts', { query, max_results: SEARCH_MAX_RESULTS });
  if (error) throw error;
  return data.map((result) => toFeedPost(result.post));
}

/** One post, or null when it does not exist or the reader may not see it (RLS). */
export async function fetchPost(supabase: AppSupabaseClient, postId: string): Promise<FeedPost | null> {
  const { data, error } = await supabase.from('feed_posts').select(FEED_COLUMNS).eq('id', postId).maybeSingle();
  if (error) throw error;
  return data ? toFeedPost(data) : null;
}

/** Why moderators removed a post (only its author and admins still see it). */
export async function fetchRemovalReason(supabase: AppSupabaseClient, postId: string): Promise<string | null> {
  const { data, error } = await supabase.from('posts').select('removal_reason').eq('id', postId).maybeSingle();
  if (error) throw error;
  return data?.removal_reason ?? null;
}

export const COMMENT_COLUMNS =
  'id, post_id, author_id, body, hidden, removal_reason, edited_at, created_at, author:profiles!comments_author_id_fkey(full_name, avatar_path, role)';
export const COMMENTS_LIMIT = 200;

/** A post's comments, oldest first; hidden ones come back only to their author and admins (RLS). */
export async function fetchComments(supabase: AppSupabaseClient, postId: string) {
  const { data, error } = await supabase
    .from('comments')
    .select(COMMENT_COLUMNS)
    .eq('post_id', postId)
    .order('created_at', { ascending: true })
    .order('id', { ascending: true })
    .limit(COMMENTS_LIMIT);
  if (error) throw error;
  return data;
}

export type PostComment = Awaited<ReturnType<typeof fetchComments>>[number];

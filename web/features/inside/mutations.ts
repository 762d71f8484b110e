import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { COMMENT_COLUMNS } from './queries';
import type { CommentValues, PostValues, ReportValues } from './schema';

function postFields(values: PostValues) {
  const title = values.title.trim();
  return { title: title === '' ? null : title, body: values.body.trim(), category: values.category };
}

/** Publishes a post; the database checks the author may post (active, not muted) and the rate limit. */
export async function createPost(supabase: AppSupabaseClient, values: PostValues): Promise<string> {
  const { data, error } = await supabase.from('posts').insert(postFields(values)).select('id').single();
  if (error) throw error;
  return data.id;
}

/** Authors edit title, body and category only (column grants); the database stamps edited_at. */
export async function updatePost(supabase: AppSupabaseClient, postId: string, values: PostValues) {
  const { data, error } = await supabase.from('posts').update(postFields(values)).eq('id', postId)
    .select('id, title, body, category, edited_at').single();
  if (error) throw error;
  return data;
}

export async function deletePost(supabase: AppSupabaseClient, postId: string): Promise<void> {
  const { error } = await supabase.from('posts').delete().eq('id', postId);
  if (error) throw error;
}

/** Admins pin a post to the top of the feed, or unpin it (set_post_pinned checks and audits). */
export async function setPostPinned(supabase: AppSupabaseClient, postId: string, pinned: boolean): Promise<boolean> {
  const { data, error } = await supabase.rpc('set_post_pinned', { post_id: postId, pinned });
  if (error) throw error;
  return data.pinned;
}

/** A like is a row (post, me); liking twice is already the wanted state, so it is not an error. */
export async function likePost(supabase: AppSupabaseClient, postId: string): Promise<void> {
  const { error } = await supabase.from('post_likes').insert({ post_id: postId });
  if (error && error.code !== '23505') throw error;
}

export async function unlikePost(supabase: AppSupabaseClient, postId: string, userId: string): Promise<void> {
  const { error } = await supabase.from('post_likes').delete().eq('post_id', postId).eq('user_id', userId);
  if (error) throw error;
}

export async function createComment(supabase: AppSupabaseClient, postId: string, values: CommentValues) {
  const { data, error } = await supabase.from('comments').insert({ post_id: postId, body: values.body.trim() })
    .select(COMMENT_COLUMNS).single();
  if (error) throw error;
  return data;
}

export async function updateComment(supabase: AppSupabaseClient, commentId: string, values: CommentValues) {
  const { data, error } = await supabase.from('comments').update({ body: values.body.trim() }).eq('id', commentId)
    .select(COMMENT_COLUMNS).single();
  if (error) throw error;
  return data;
}

export async function deleteComment(supabase: AppSupabaseClient, commentId: string): Promise<void> {
  const { error } = await supabase.from('comments').delete().eq('id', commentId);
  if (error) throw error;
}

export type ReportTarget = { kind: 'post' | 'comment'; id: string };

/** Flags a post or a comment for moderators; three open reports hide it until they decide. */
export async function reportContent(supabase: AppSupabaseClient, target: ReportTarget, values: ReportValues): Promise<void> {
  const { error } = await supabase.from('reports').insert({
    ...(target.kind === 'post' ? { post_id: target.id } : { comment_id: target.id }),
    reason: values.reason,
    details: values.details.trim(),
  });
  if (error) throw error;
}

import { FEED_COLUMNS, type FeedPost, toFeedPost } from '@/features/inside';
import type { AppSupabaseClient } from '@/lib/supabase/browser';

// A member's public page reads what every signed-in member may see of them (the profiles column
// grant: name, picture, presentation, role, arrival) and their visible posts, under RLS.

export const MEMBER_POSTS = 10;

export async function fetchMemberProfile(supabase: AppSupabaseClient, memberId: string) {
  const { data, error } = await supabase.from('profiles')
    .select('id, full_name, avatar_path, bio, role, created_at')
    .eq('id', memberId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export type Member = NonNullable<Awaited<ReturnType<typeof fetchMemberProfile>>>;

/** Their latest posts still on the feed (posts_author_idx), newest first. */
export async function fetchMemberPosts(supabase: AppSupabaseClient, memberId: string): Promise<FeedPost[]> {
  const { data, error } = await supabase.from('feed_posts').select(FEED_COLUMNS)
    .eq('author_id', memberId).eq('hidden', false)
    .order('created_at', { ascending: false }).limit(MEMBER_POSTS);
  if (error) throw error;
  return data.map(toFeedPost);
}

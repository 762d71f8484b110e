import type { AppSupabaseClient } from '@/lib/supabase/browser';

// Only the report columns admins are granted (no resolution fields), with what was reported; one
// literal (not concatenated) so supabase-js can type the embedded rows.
const COLUMNS = 'id, reason, details, created_at, post_id, comment_id, reporter:profiles!reports_reporter_id_fkey(full_name), post:posts!reports_post_id_fkey(id, title, body, author_id, hidden, author:profiles!posts_author_id_fkey(full_name)), comment:comments!reports_comment_id_fkey(id, body, post_id, author_id, hidden, author:profiles!comments_author_id_fkey(full_name))';

export const QUEUE_LIMIT = 200;

/** Open reports, oldest first (the queue's order), with the reported post or comment. */
export async function fetchOpenReports(supabase: AppSupabaseClient) {
  const { data, error } = await supabase.from('reports').select(COLUMNS).eq('status', 'open')
    .order('created_at', { ascending: true }).limit(QUEUE_LIMIT);
  if (error) throw error;
  return data;
}

export type OpenReport = Awaited<ReturnType<typeof fetchOpenReports>>[number];

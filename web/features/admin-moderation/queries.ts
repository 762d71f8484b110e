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

// accounts.muted_until is readable by the member and admins only (RLS); the name comes from the profile.
const MUTED_COLUMNS = 'user_id, muted_until, profile:profiles!accounts_user_id_fkey(full_name)';

/** Members still muted at `now`, the soonest to speak again first. */
export async function fetchMutedMembers(supabase: AppSupabaseClient, now: string) {
  const { data, error } = await supabase.from('accounts').select(MUTED_COLUMNS).gt('muted_until', now)
    .order('muted_until', { ascending: true }).limit(QUEUE_LIMIT);
  if (error) throw error;
  return data.map((row) => ({ userId: row.user_id, mutedUntil: row.muted_until!, name: row.profile?.full_name ?? null }));
}

export type MutedMember = Awaited<ReturnType<typeof fetchMutedMembers>>[number];

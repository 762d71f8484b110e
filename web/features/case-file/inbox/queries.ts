import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { ALL_STATUSES, type InboxFilter } from './schema';

export const INBOX_LIMIT = 100;

/**
 * Dossiers assigned to the pro, most recently changed first, with the number of messages others
 * sent that the pro has not read: a counter the database keeps on the row, so one table is read.
 * The explicit pro_id filter lets Postgres use dossiers_pro_status_idx.
 */
export async function fetchInbox(supabase: AppSupabaseClient, proId: string, filter: InboxFilter) {
  let query = supabase
    .from('dossiers')
    .select('id, title, program_type, status, updated_at, submitted_at, candidate:profiles!dossiers_candidate_id_fkey(full_name), pro_unread_count')
    .eq('pro_id', proId);
  if (filter !== ALL_STATUSES) query = query.eq('status', filter);
  const { data, error } = await query.order('updated_at', { ascending: false }).limit(INBOX_LIMIT);
  if (error) throw error;
  return data.map(({ pro_unread_count, ...dossier }) => ({ ...dossier, unreadCount: pro_unread_count }));
}

export type InboxItem = Awaited<ReturnType<typeof fetchInbox>>[number];

import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const MESSAGES_PAGE_SIZE = 30;

export const MESSAGE_COLUMNS = 'id, dossier_id, sender_id, body, attachment_document_id, read_at, created_at';

export type MessageCursor = { createdAt: string; id: string };

/**
 * A page of messages, newest first, older than `before` (keyset on created_at, id, which
 * messages_dossier_created_idx serves in order; no OFFSET that slows down as the chat grows).
 */
export async function fetchMessagesPage(supabase: AppSupabaseClient, dossierId: string, before: MessageCursor | null) {
  let query = supabase.from('messages').select(MESSAGE_COLUMNS).eq('dossier_id', dossierId);
  if (before) {
    query = query.or(`created_at.lt."${before.createdAt}",and(created_at.eq."${before.createdAt}",id.lt.${before.id})`);
  }
  const { data, error } = await query
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(MESSAGES_PAGE_SIZE);
  if (error) throw error;
  return data;
}

export type Message = Awaited<ReturnType<typeof fetchMessagesPage>>[number];

/** Those of messages `ids` that the viewer may read in this dossier (RLS decides): a broadcast's read-back. */
export async function fetchMessagesByIds(supabase: AppSupabaseClient, dossierId: string, ids: string[]): Promise<Message[]> {
  const { data, error } = await supabase.from('messages').select(MESSAGE_COLUMNS).eq('dossier_id', dossierId).in('id', ids);
  if (error) throw error;
  return data;
}

/** A page as cached: its messages, and where the next older page starts (null: none older). */
export type MessagePage = { messages: Message[]; older: MessageCursor | null };

export function toPage(messages: Message[]): MessagePage {
  const oldest = messages[messages.length - 1];
  const full = messages.length === MESSAGES_PAGE_SIZE && oldest;
  return { messages, older: full ? { createdAt: oldest.created_at, id: oldest.id } : null };
}

/** Messages others sent in this dossier that the viewer has not read (a count, no rows). */
export async function fetchUnreadCount(supabase: AppSupabaseClient, dossierId: string, viewerId: string) {
  const { count, error } = await supabase
    .from('messages')
    .select('id', { count: 'exact', head: true })
    .eq('dossier_id', dossierId)
    .is('read_at', null)
    .neq('sender_id', viewerId);
  if (error) throw error;
  return count ?? 0;
}

import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { MESSAGE_COLUMNS } from './queries';
import type { MessageValues } from './schema';

/** Sends a message in the caller's name (sender_id defaults to auth.uid() in the database). */
export async function sendMessage(supabase: AppSupabaseClient, dossierId: string, values: MessageValues) {
  const { data, error } = await supabase
    .from('messages')
    .insert({ dossier_id: dossierId, body: values.body.trim(), attachment_document_id: values.attachmentId || null })
    .select(MESSAGE_COLUMNS)
    .single();
  if (error) throw error;
  return data;
}

/** Read receipts: stamps every message others sent in this dossier (the server sets the time). */
export async function markMessagesRead(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase.rpc('mark_dossier_messages_read', { dossier_id: dossierId });
  if (error) throw error;
  return data;
}

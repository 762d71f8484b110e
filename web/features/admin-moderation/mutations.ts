import type { AppSupabaseClient } from '@/lib/supabase/browser';

type Decision = { reportId: string; decision: 'kept' | 'removed'; note?: string; muteDays?: number };

/** Keeps or removes the reported content, resolving every open report on it; may mute its author. */
export async function resolveReport(supabase: AppSupabaseClient, { reportId, decision, note, muteDays }: Decision) {
  const { data, error } = await supabase.rpc('resolve_report', {
    report_id: reportId,
    decision,
    ...(note ? { note: note.trim() } : {}),
    ...(muteDays ? { mute_days: muteDays } : {}),
  });
  if (error) throw error;
  return data;
}

/** Stops a member from posting or commenting in Inside until `until`. */
export async function muteMember(supabase: AppSupabaseClient, userId: string, until: string) {
  const { data, error } = await supabase.rpc('mute_member', { user_id: userId, muted_until: until });
  if (error) throw error;
  return data;
}

/** Lets a muted member post and comment again at once (mute_member with no end date, audited). */
export async function liftMute(supabase: AppSupabaseClient, userId: string) {
  // The generated Args type says string, but the function takes null to lift the mute.
  const { error } = await supabase.rpc('mute_member', { user_id: userId, muted_until: null as unknown as string });
  if (error) throw error;
}

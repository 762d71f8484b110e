import type { AppSupabaseClient } from '@/lib/supabase/browser';

/** React Query keys of a consultant's public face and reply time. */
export const consultantKeys = {
  profile: (proId: string) => ['consultant', 'profile', proId] as const,
  replyTime: (proId: string) => ['consultant', 'reply-time', proId] as const,
};

/** Name, photo and CICC licence number of a pro (public columns of profiles). */
export async function fetchConsultant(supabase: AppSupabaseClient, proId: string) {
  const { data, error } = await supabase.from('profiles').select('id, full_name, avatar_path, licence_number').eq('id', proId).single();
  if (error) throw error;
  return data;
}

export type Consultant = Awaited<ReturnType<typeof fetchConsultant>>;

/** The pro's median reply time in minutes over 90 days; null while too few replies (public.pro_reply_minutes). */
export async function fetchReplyMinutes(supabase: AppSupabaseClient, proId: string): Promise<number | null> {
  const { data, error } = await supabase.rpc('pro_reply_minutes', { pro_id: proId });
  if (error) throw error;
  return data ?? null;
}

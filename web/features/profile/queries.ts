import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const PROFILE_COLUMNS = 'id, full_name, avatar_path, bio, role';

export async function fetchProfile(supabase: AppSupabaseClient, userId: string) {
  const { data, error } = await supabase.from('profiles').select(PROFILE_COLUMNS).eq('id', userId).single();
  if (error) throw error;
  return data;
}

export type Profile = Awaited<ReturnType<typeof fetchProfile>>;

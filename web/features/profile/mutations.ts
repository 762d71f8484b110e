import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { PROFILE_COLUMNS } from './queries';
import { avatarFileSchema, avatarPath, type ProfileValues } from './schema';

export async function updateProfile(supabase: AppSupabaseClient, userId: string, values: ProfileValues) {
  const { data, error } = await supabase
    .from('profiles')
    .update({ full_name: values.fullName.trim(), bio: values.bio })
    .eq('id', userId)
    .select(PROFILE_COLUMNS)
    .single();
  if (error) throw error;
  return data;
}

/**
 * Uploads a new avatar under `{user_id}/avatar-<timestamp>.<ext>`, points the profile at it,
 * then removes the previous file. A new name per upload keeps CDN caches honest.
 */
export async function replaceAvatar(supabase: AppSupabaseClient, userId: string, file: File, previousPath: string | null) {
  const checked = avatarFileSchema.safeParse(file);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'Image refusée.');
  const path = avatarPath(userId, file.type);
  const upload = await supabase.storage.from('avatars').upload(path, file, { contentType: file.type, cacheControl: '31536000', upsert: false });
  if (upload.error) throw upload.error;
  const { data, error } = await supabase.from('profiles').update({ avatar_path: path }).eq('id', userId).select(PROFILE_COLUMNS).single();
  if (error) {
    await supabase.storage.from('avatars').remove([path]);
    throw error;
  }
  if (previousPath && previousPath !== path) {
    // Best effort: a leftover old file is harmless (the profile no longer points at it).
    await supabase.storage.from('avatars').remove([previousPath]);
  }
  return data;
}

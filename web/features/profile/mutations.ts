import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { removeFiles } from '@/lib/supabase/storage';
import { PROFILE_COLUMNS } from './queries';
import { avatarPath } from './rules';
import type { ProfileValues } from './schema';

const AVATARS_BUCKET = 'avatars';

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
 * then removes the previous file. A new name per upload keeps CDN caches honest. `oldPhotoKept`
 * is true when Storage did not list the previous file as deleted: the new photo stands, and
 * purge-files removes the leftover later (private.orphaned_storage_objects).
 */
export async function replaceAvatar(supabase: AppSupabaseClient, userId: string, file: File, previousPath: string | null) {
  // Loaded when a photo is chosen, so the profile page's first load carries no zod.
  const { avatarFileSchema } = await import('./schema');
  const checked = avatarFileSchema.safeParse(file);
  // The message is a key of `validation`: the upload form says it in the page's language.
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'avatarFormat');
  const path = avatarPath(userId, file.type);
  const upload = await supabase.storage.from(AVATARS_BUCKET).upload(path, file, { contentType: file.type, cacheControl: '31536000', upsert: false });
  if (upload.error) throw upload.error;
  const { data, error } = await supabase.from('profiles').update({ avatar_path: path }).eq('id', userId).select(PROFILE_COLUMNS).single();
  if (error) {
    // Nothing points at the new file: if Storage keeps it, purge-files removes it later.
    await supabase.storage.from(AVATARS_BUCKET).remove([path]);
    throw error;
  }
  const oldPhotoKept = previousPath !== null && previousPath !== path
    && !(await removeFiles(supabase, AVATARS_BUCKET, [previousPath]).catch(() => false));
  return { profile: data, oldPhotoKept };
}

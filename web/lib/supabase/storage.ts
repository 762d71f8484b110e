import type { AppSupabaseClient } from './browser';

/**
 * Removes files through Storage's bulk delete (supabase-js `remove`). Storage answers 200 with the
 * objects it really deleted: a path left out was refused by RLS or was not there, and that is no
 * error (supabase/storage src/http/routes/object/deleteObjects.ts). True only when every path went.
 */
export async function removeFiles(supabase: AppSupabaseClient, bucket: string, paths: string[]): Promise<boolean> {
  const { data, error } = await supabase.storage.from(bucket).remove(paths);
  if (error) throw error;
  const removed = new Set(data.map((file) => file.name));
  return paths.every((path) => removed.has(path));
}

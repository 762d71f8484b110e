import type { Json } from '@/lib/database.types';
import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { saveFile } from '@/lib/save-file';

/** Everything the database holds about the caller (right of access and portability). */
export async function exportMyData(supabase: AppSupabaseClient): Promise<Json> {
  const { data, error } = await supabase.rpc('export_my_data');
  if (error) throw error;
  return data;
}

/** capitune-mes-donnees-2026-11-24.json (the export's date, local). */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `capitune-mes-donnees-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Fetches the export and hands it to the member as a JSON file. */
export async function downloadMyData(supabase: AppSupabaseClient): Promise<void> {
  const data = await exportMyData(supabase);
  saveFile(exportFileName(), `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

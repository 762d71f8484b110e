import type { AppSupabaseClient } from '@/lib/supabase/browser';
import { UserFacingError } from '@/lib/supabase/explain-error';
import type { DossierStatus } from './labels';
import type { DossierDetailsValues, NewDossierValues } from './schema';

/** Opens a draft in the caller's name (candidate_id defaults to auth.uid() in the database). */
export async function createDossier(supabase: AppSupabaseClient, values: NewDossierValues) {
  const { data, error } = await supabase
    .from('dossiers')
    .insert({ program_type: values.programType, title: values.title.trim(), description: values.description.trim() })
    .select('id')
    .single();
  if (error) throw error;
  return data;
}

/** Renames a draft or a dossier sent back for changes; RLS refuses the other statuses (no row). */
export async function updateDossierDetails(supabase: AppSupabaseClient, dossierId: string, values: DossierDetailsValues) {
  const { data, error } = await supabase
    .from('dossiers')
    .update({ title: values.title.trim(), description: values.description.trim() })
    .eq('id', dossierId)
    .select('id');
  if (error) throw error;
  if (data.length === 0) throw new UserFacingError('dossierLocked');
}

/** Moves the dossier along its workflow; the database checks the edge and writes the timeline. */
export async function changeDossierStatus(supabase: AppSupabaseClient, dossierId: string, toStatus: DossierStatus, note: string) {
  const trimmed = note.trim();
  const { data, error } = await supabase.rpc('change_dossier_status', {
    dossier_id: dossierId,
    to_status: toStatus,
    ...(trimmed ? { note: trimmed } : {}),
  });
  if (error) throw error;
  return data;
}

/** Deletes a draft (RLS allows nothing else); an empty answer means it was no longer a draft. */
export async function deleteDraft(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase.from('dossiers').delete().eq('id', dossierId).select('id');
  if (error) throw error;
  if (data.length === 0) throw new UserFacingError('onlyDraftDeletable');
}

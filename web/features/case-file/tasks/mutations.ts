import type { AppSupabaseClient } from '@/lib/supabase/browser';
import type { NewTaskValues } from './schema';

/** The assigned pro or an admin gives a task; the database checks who may and writes the timeline. */
export async function createTask(supabase: AppSupabaseClient, dossierId: string, values: NewTaskValues, viewerId: string) {
  const note = values.note.trim();
  const { data, error } = await supabase.rpc('create_task', {
    dossier_id: dossierId,
    title: values.title.trim(),
    ...(note ? { note } : {}),
    ...(values.dueOn ? { due_on: values.dueOn } : {}),
    ...(values.documentKind ? { document_kind: values.documentKind } : {}),
    ...(values.forMe ? { assignee_id: viewerId } : {}),
  });
  if (error) throw error;
  return data;
}

export async function completeTask(supabase: AppSupabaseClient, taskId: string) {
  const { error } = await supabase.rpc('complete_task', { task_id: taskId });
  if (error) throw error;
}

export async function reopenTask(supabase: AppSupabaseClient, taskId: string) {
  const { error } = await supabase.rpc('reopen_task', { task_id: taskId });
  if (error) throw error;
}

export async function cancelTask(supabase: AppSupabaseClient, taskId: string) {
  const { error } = await supabase.rpc('cancel_task', { task_id: taskId });
  if (error) throw error;
}

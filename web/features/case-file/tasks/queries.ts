import type { AppSupabaseClient } from '@/lib/supabase/browser';

export const TASK_COLUMNS = 'id, dossier_id, assignee_id, title, note, due_on, document_kind, document_id, status, reason, created_at, kind:document_kinds(label)';
const OPEN = ['open', 'submitted'] as const;

/** The tasks of a dossier, oldest first (the card orders them). */
export async function fetchDossierTasks(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase
    .from('tasks')
    .select(TASK_COLUMNS)
    .eq('dossier_id', dossierId)
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data;
}

export type Task = Awaited<ReturnType<typeof fetchDossierTasks>>[number];

/** The viewer's open tasks across their dossiers, soonest first (index tasks_assignee_open_idx). */
export async function fetchMyOpenTasks(supabase: AppSupabaseClient, viewer: { id: string }, limit = 8) {
  const { data, error } = await supabase
    .from('tasks')
    .select(`${TASK_COLUMNS}, dossier:dossiers(title)`)
    .eq('assignee_id', viewer.id)
    .in('status', [...OPEN])
    .order('due_on', { ascending: true, nullsFirst: false })
    .limit(limit);
  if (error) throw error;
  return data;
}

export type OpenTask = Awaited<ReturnType<typeof fetchMyOpenTasks>>[number];

/** The tasks' side of the dossier's timeline. */
export async function fetchTaskEvents(supabase: AppSupabaseClient, dossierId: string) {
  const { data, error } = await supabase
    .from('task_events')
    .select('id, event, note, created_at, task:tasks(title), actor:profiles!task_events_actor_id_fkey(full_name, role)')
    .eq('dossier_id', dossierId)
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data;
}

export type TaskEvent = Awaited<ReturnType<typeof fetchTaskEvents>>[number];

'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { loadSupabase } from '@/lib/supabase/lazy';
import { dossierKeys } from '../dossier/keys';
import { taskKeys } from './keys';
import { cancelTask, completeTask, createTask, reopenTask } from './mutations';
import { useDocumentKindName } from '../documents/kind-name';
import { fetchDossierTasks, fetchTaskEvents, type Task } from './queries';
import type { NewTaskValues } from './schema';

/** The dossier's tasks, the kind of document each asks for named in the viewer's language. */
export function useDossierTasks(dossierId: string) {
  const name = useDocumentKindName();
  return useQuery({
    queryKey: taskKeys.dossier(dossierId),
    queryFn: async () => fetchDossierTasks(await loadSupabase(), dossierId),
    select: (tasks: Task[]) => tasks.map((task) => (task.kind ? { ...task, kind: { label: name(task.document_kind, task.kind.label) } } : task)),
  });
}

export function useTaskEvents(dossierId: string) {
  return useQuery({
    queryKey: taskKeys.events(dossierId),
    queryFn: async () => fetchTaskEvents(await loadSupabase(), dossierId),
  });
}

/** Every task change moves the list, the timeline and the next step of its dossier. */
function useTaskMutation<V>(dossierId: string, run: (supabase: Awaited<ReturnType<typeof loadSupabase>>, values: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: V) => run(await loadSupabase(), values),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.dossier(dossierId) }),
      queryClient.invalidateQueries({ queryKey: taskKeys.events(dossierId) }),
      queryClient.invalidateQueries({ queryKey: dossierKeys.nextStep(dossierId) }),
    ]),
  });
}

export const useCreateTask = (dossierId: string, viewerId: string) =>
  useTaskMutation(dossierId, (supabase, values: NewTaskValues) => createTask(supabase, dossierId, values, viewerId));
export const useCompleteTask = (dossierId: string) => useTaskMutation(dossierId, (supabase, taskId: string) => completeTask(supabase, taskId));
export const useReopenTask = (dossierId: string) => useTaskMutation(dossierId, (supabase, taskId: string) => reopenTask(supabase, taskId));
export const useCancelTask = (dossierId: string) => useTaskMutation(dossierId, (supabase, taskId: string) => cancelTask(supabase, taskId));

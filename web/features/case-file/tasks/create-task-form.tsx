'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useChecklist } from '../dossier/use-dossiers';
import { TASK_NOTE_MAX_LENGTH } from './labels';
import { newTaskSchema, type NewTaskValues } from './schema';
import { useCreateTask } from './use-tasks';

const EMPTY: NewTaskValues = { title: '', note: '', dueOn: '', documentKind: '', forMe: false };

/** The assigned pro (or an admin) asks the candidate, or notes for themselves, something to do. */
export function CreateTaskForm({ dossierId, viewerId }: { dossierId: string; viewerId: string }) {
  const { explain } = useErrorText();
  const toast = useToast();
  const create = useCreateTask(dossierId, viewerId);
  // The kinds this dossier's program requires (already read for the checklist).
  const checklist = useChecklist(dossierId);
  const { register, handleSubmit, reset, formState: { errors } } = useForm<NewTaskValues>({
    resolver: zodResolver(newTaskSchema),
    defaultValues: EMPTY,
  });
  const onSubmit = handleSubmit((values) =>
    create.mutateAsync(values).then(
      () => {
        reset(EMPTY);
        toast.success(values.forMe ? 'Tâche ajoutée.' : 'Tâche envoyée au candidat.');
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );
  const kinds = [{ value: '', label: 'Aucun document' }, ...(checklist.data ?? []).map((item) => ({ value: item.kind, label: item.label }))];
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4 border-t border-slate-200 pt-4" data-test="task-form">
      <h3 className="font-semibold text-slate-900">Nouvelle tâche</h3>
      <Input label="Titre" required data-test="task-title" error={errors.title?.message} {...register('title')} />
      <Select label="Document demandé" options={kinds} data-test="task-kind" hint="Le dépôt d’un document de ce type remplit la tâche ; votre approbation la termine." {...register('documentKind')} />
      <Input label="Échéance" type="date" data-test="task-due-on" error={errors.dueOn?.message} {...register('dueOn')} />
      <Textarea label="Note" rows={2} hint={`${TASK_NOTE_MAX_LENGTH} caractères au maximum.`} data-test="task-note" error={errors.note?.message} {...register('note')} />
      <Checkbox label="Tâche pour moi (le candidat ne la fait pas)" data-test="task-for-me" {...register('forMe')} />
      <Button type="submit" loading={create.isPending} data-test="task-submit">Ajouter la tâche</Button>
    </form>
  );
}

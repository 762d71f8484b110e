'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useViewer } from '@/components/providers/viewer-context';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { useToast } from '@/components/ui/toast';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { bySoonest, todayIn } from './due';
import { TASK_STATUS_TONES } from './labels';
import type { Task } from './queries';
import { TaskDue } from './task-due';
import { useCancelTask, useCompleteTask, useDossierTasks, useReopenTask } from './use-tasks';

// The form (react-hook-form, zod) loads only for the staff who may use it.
const CreateTaskForm = dynamic(() => import('./create-task-form').then((m) => m.CreateTaskForm), { ssr: false });

type TasksCardProps = { dossierId: string; viewerId: string; isStaff: boolean; canCreate: boolean };

const isOpen = (task: Task) => task.status === 'open' || task.status === 'submitted';

/** The dossier's tasks: open ones soonest first (overdue marked), then the closed; actions by role. */
export function TasksCard({ dossierId, viewerId, isStaff, canCreate }: TasksCardProps) {
  const t = useTranslations('tasks.card');
  const labels = useTranslations('labels');
  const { explain } = useErrorText();
  const tasks = useDossierTasks(dossierId);
  const { timeZone } = useViewer();
  const today = todayIn(new Date(), timeZone);
  const toast = useToast();
  const complete = useCompleteTask(dossierId);
  const reopen = useReopenTask(dossierId);
  const cancel = useCancelTask(dossierId);
  const act = (run: typeof complete, taskId: string, done: string) =>
    run.mutateAsync(taskId).then(() => toast.success(done), async (error: unknown) => toast.error(await explain(error)));

  const actions = (task: Task) => (
    <>
      {task.assignee_id === viewerId && task.status === 'open' && !task.document_kind ? (
        <Button size="sm" loading={complete.isPending && complete.variables === task.id} data-test="task-complete"
          onClick={() => act(complete, task.id, t('completed'))}>{t('complete')}</Button>
      ) : null}
      {isStaff && isOpen(task) ? (
        <Button size="sm" variant="secondary" data-test="task-cancel" onClick={() => act(cancel, task.id, t('cancelled'))}>{t('cancel')}</Button>
      ) : null}
      {isStaff && !isOpen(task) ? (
        <Button size="sm" variant="secondary" data-test="task-reopen" onClick={() => act(reopen, task.id, t('reopened'))}>{t('reopen')}</Button>
      ) : null}
    </>
  );

  const item = (task: Task) => (
    <li key={task.id} className="space-y-2 py-3" data-test="task" data-task-id={task.id} data-status={task.status}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium text-slate-900">{task.title}</span>
        <Badge tone={TASK_STATUS_TONES[task.status]}>{labels(`taskStatus.${task.status}`)}</Badge>
      </div>
      {task.kind ? <p className="text-sm text-slate-700">{t('requested', { kind: task.kind.label })}</p> : null}
      <TaskDue dueOn={task.due_on} today={today} open={isOpen(task)} />
      {task.note ? <p className="whitespace-pre-wrap text-sm text-slate-700">{task.note}</p> : null}
      {task.reason && isOpen(task) ? <Alert tone="warning" title={t('redo')}>{task.reason}</Alert> : null}
      <div className="flex flex-wrap gap-2">{actions(task)}</div>
    </li>
  );

  return (
    <Card title={t('title')} description={isStaff ? t('staffDescription') : t('candidateDescription')}>
      {tasks.isPending ? (
        <div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-24" /></div>
      ) : tasks.isError ? (
        <Alert tone="danger">{t('loadError')}</Alert>
      ) : (
        <>
          {tasks.data.filter(isOpen).length === 0 ? <p className="text-slate-700" data-test="tasks-empty">{t('empty')}</p> : (
            <ul className="divide-y divide-slate-200" data-test="open-tasks">{tasks.data.filter(isOpen).sort(bySoonest).map(item)}</ul>
          )}
          {tasks.data.some((task) => !isOpen(task)) ? (
            <details className="mt-4">
              <summary className="min-h-6 cursor-pointer text-sm font-medium text-slate-800">{t('closed')}</summary>
              <ul className="divide-y divide-slate-200" data-test="closed-tasks">{tasks.data.filter((task) => !isOpen(task)).map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
      {isStaff && canCreate ? <CreateTaskForm dossierId={dossierId} viewerId={viewerId} /> : null}
    </Card>
  );
}

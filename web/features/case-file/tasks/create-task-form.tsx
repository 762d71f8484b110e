'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import { useFieldError } from '@/features/auth';
import { useErrorText } from '@/lib/supabase/use-error-text';
import { useChecklist } from '../dossier/use-dossiers';
import { newTaskSchema, type NewTaskValues } from './schema';
import { useCreateTask } from './use-tasks';

const EMPTY: NewTaskValues = { title: '', note: '', dueOn: '', documentKind: '', forMe: false };

/** The assigned pro (or an admin) asks the candidate, or notes for themselves, something to do. */
export function CreateTaskForm({ dossierId, viewerId }: { dossierId: string; viewerId: string }) {
  const t = useTranslations('tasks.form');
  const fieldError = useFieldError();
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
        toast.success(values.forMe ? t('added') : t('sent'));
      },
      async (error: unknown) => toast.error(await explain(error)),
    ),
  );
  const kinds = [
    { value: '', label: t('noKind') },
    ...(checklist.data ?? []).map((item) => ({ value: item.kind, label: item.label })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4 border-t border-slate-200 pt-4" data-test="task-form">
      <h3 className="font-semibold text-slate-900">{t('heading')}</h3>
      <Input label={t('title')} required data-test="task-title" error={fieldError(errors.title?.message)} {...register('title')} />
      <Select label={t('kind')} options={kinds} data-test="task-kind" hint={t('kindHint')} {...register('documentKind')} />
      <Input label={t('dueOn')} type="date" data-test="task-due-on" error={fieldError(errors.dueOn?.message)} {...register('dueOn')} />
      <Textarea label={t('note')} rows={2} hint={t('noteHint')} data-test="task-note" error={fieldError(errors.note?.message)} {...register('note')} />
      <Checkbox label={t('forMe')} data-test="task-for-me" {...register('forMe')} />
      <Button type="submit" loading={create.isPending} data-test="task-submit">{t('submit')}</Button>
    </form>
  );
}

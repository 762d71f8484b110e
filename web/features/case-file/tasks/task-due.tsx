import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { formatDay } from '@/lib/format';
import { dueState } from './due';

/**
 * The due day and, when it matters, « En retard » or « Aujourd’hui » (in words, not colour alone).
 * `labelled` is false where a label beside it already says what the day is: it then reads in the
 * size of the values around it, as one of them.
 */
export function TaskDue({ dueOn, today, open, labelled = true }: { dueOn: string | null; today: string; open: boolean; labelled?: boolean }) {
  const t = useTranslations('tasks.due');
  if (!dueOn) return null;
  const state = open ? dueState(dueOn, today) : 'none';
  return (
    <span className={labelled ? 'flex flex-wrap items-center gap-2 text-sm text-slate-700' : 'flex flex-wrap items-center gap-2'} data-test="task-due" data-due-state={state}>
      <span>{labelled ? `${t('label')} ` : null}<time dateTime={dueOn}>{formatDay(dueOn)}</time></span>
      {state === 'overdue' ? <Badge tone="danger">{t('overdue')}</Badge> : null}
      {state === 'today' ? <Badge tone="warning">{t('today')}</Badge> : null}
    </span>
  );
}

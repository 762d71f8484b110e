import { Badge } from '@/components/ui/badge';
import { formatDay } from '../format';
import { dueState } from './due';

/** The due day and, when it matters, « En retard » or « Aujourd’hui » (in words, not colour alone). */
export function TaskDue({ dueOn, today, open }: { dueOn: string | null; today: string; open: boolean }) {
  if (!dueOn) return null;
  const state = open ? dueState(dueOn, today) : 'none';
  return (
    <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700" data-test="task-due" data-due-state={state}>
      <span>Échéance : <time dateTime={dueOn}>{formatDay(dueOn)}</time></span>
      {state === 'overdue' ? <Badge tone="danger">En retard</Badge> : null}
      {state === 'today' ? <Badge tone="warning">Aujourd’hui</Badge> : null}
    </span>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { CaseTime } from '../case-time';
import type { TaskEvent } from '../tasks/queries';
import { useTaskEvents } from '../tasks/use-tasks';
import type { StatusChange } from './queries';
import { StatusBadge } from './status-badge';
import { useStatusHistory } from './use-dossiers';

type T = ReturnType<typeof useTranslations<'caseFile.timeline'>>;
type Author = { full_name: string; role: 'candidate' | 'pro' | 'admin' } | null;

const byWhom = (t: T, author: Author) =>
  author ? t('author', { name: author.full_name, role: t(`role.${author.role}`) }) : t('formerMember');

/** A task event's sentence; an event this page does not know yet shows as stored. */
function taskEventLabel(t: T, event: string): string {
  const key = `taskEvent.${event}`;
  return t.has(key as 'taskEvent.created') ? t(key as 'taskEvent.created') : event;
}

/** One change of a task, as a line of the timeline. */
function TaskEventEntry({ event }: { event: TaskEvent }) {
  const t = useTranslations('caseFile.timeline');
  const label = taskEventLabel(t, event.event);
  return (
    <li className="relative" data-test="timeline-task-entry" data-event={event.event}>
      <span aria-hidden="true" className="absolute -left-[27px] top-1.5 size-3 rounded-full border-2 border-white bg-slate-500" />
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{event.task ? t('taskOf', { event: label, title: event.task.title }) : label}</span>
        <CaseTime iso={event.created_at} withTime className="text-sm text-slate-600" />
      </div>
      <p className="mt-1 text-sm text-slate-700">{t('by', { who: byWhom(t, event.actor) })}</p>
      {event.note ? <blockquote className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm text-slate-800">{event.note}</blockquote> : null}
    </li>
  );
}

type Entry = { at: string; change: StatusChange; event?: never } | { at: string; event: TaskEvent; change?: never };

/** The case's timeline: each status change and task change, when, by whom, and the note left with it. */
export function StatusTimeline({ dossierId }: { dossierId: string }) {
  const t = useTranslations('caseFile.timeline');
  const labels = useTranslations('labels');
  const history = useStatusHistory(dossierId);
  const taskEvents = useTaskEvents(dossierId);
  const entries: Entry[] = [
    ...(history.data ?? []).map((change) => ({ at: change.created_at, change })),
    ...(taskEvents.data ?? []).map((event) => ({ at: event.created_at, event })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Card title={t('title')}>
      {history.isPending || taskEvents.isPending ? (
        <div role="status"><span className="sr-only">{t('loading')}</span><Skeleton className="h-24" /></div>
      ) : history.isError || taskEvents.isError ? (
        <Alert tone="danger">{t('loadError')}</Alert>
      ) : (
        <ol className="space-y-5 border-l-2 border-slate-200 pl-5" data-test="status-timeline">
          {entries.map(({ change, event }) => event ? <TaskEventEntry key={`task-${event.id}`} event={event} /> : (
            <li key={change.id} className="relative" data-test="timeline-entry">
              <span aria-hidden="true" className="absolute -left-[27px] top-1.5 size-3 rounded-full border-2 border-white bg-brand-700" />
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={change.to_status} />
                <span className="sr-only">
                  {change.from_status ? t('before', { status: labels(`dossierStatus.${change.from_status}`) }) : t('creation')}
                </span>
                <CaseTime iso={change.created_at} withTime className="text-sm text-slate-600" />
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {t(change.from_status ? 'by' : 'createdBy', { who: byWhom(t, change.author) })}
              </p>
              {change.note ? <blockquote className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm text-slate-800">{change.note}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

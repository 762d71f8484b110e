import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { languageOf } from '@/i18n/locales';
import { dossierPath } from '@/lib/routes';
import { documentKindName } from '../documents/kind-name';
import { bySoonest, todayIn } from './due';
import { TASK_STATUS_TONES } from './labels';
import type { OpenTask } from './queries';
import { TaskDue } from './task-due';

/** « Mes tâches » on the home page, read on the server: open tasks, soonest first, overdue marked in the member's zone. */
export async function OpenTasksSection({ tasks, now, timeZone }: { tasks: OpenTask[] | null; now: Date; timeZone: string }) {
  const [t, labels, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('labels'), getLocale()]);
  const language = languageOf(locale);
  const today = todayIn(now, timeZone);
  return (
    <section aria-labelledby="tableau-taches" data-test="dashboard-tasks" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="tableau-taches" className="mb-4 text-lg font-semibold text-slate-900">{t('tasksTitle')}</h2>
      {!tasks ? <Alert tone="warning">{t('tasksError')}</Alert>
        : tasks.length === 0 ? <p className="text-slate-700">{t('noTasks')}</p> : (
          <ul className="divide-y divide-slate-100">
            {[...tasks].sort(bySoonest).map((task) => (
              <li key={task.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-test="dashboard-task">
                <div className="min-w-0 space-y-1">
                  <Link href={dossierPath(task.dossier_id)} className="font-medium">{task.title}</Link>
                  <p className="text-sm text-slate-600">{task.dossier?.title}{task.kind ? ` · ${documentKindName(task.document_kind, task.kind.label, language)}` : ''}</p>
                  <TaskDue dueOn={task.due_on} today={today} open />
                </div>
                <Badge tone={TASK_STATUS_TONES[task.status]}>{labels(`taskStatus.${task.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

import { useTranslations } from 'next-intl';
import { formatDay } from '@/lib/format';
import { actionKey } from './actions';
import type { DossierNextStep } from './queries';

const ACTORS = ['candidate', 'pro', 'admin'] as const;
const isActor = (actor: string): actor is (typeof ACTORS)[number] => (ACTORS as readonly string[]).includes(actor);

/**
 * A dossier's next step in one line, under its name in a list: the action, and its date when it has
 * one, so « Action requise » always says what and by when. Bold when it is the viewer's to take;
 * otherwise it names who takes it, so an imperative is never read as the viewer's own.
 */
export function NextStepLine({ step, viewerIsCandidate }: { step: Pick<DossierNextStep, 'action' | 'actor' | 'due_on' | 'task_title'>; viewerIsCandidate: boolean }) {
  const t = useTranslations('nextStep');
  if (step.action === 'none') return null;
  const yours = (step.actor === 'candidate') === viewerIsCandidate && step.actor !== 'admin';
  const action = step.action === 'complete_task' ? t('action.complete_task', { task: step.task_title ?? '' }) : t(`action.${actionKey(step.action)}`);
  return (
    <span className={yours ? 'block text-sm font-semibold text-slate-900' : 'block text-sm text-slate-700'} data-test="next-step-line" data-yours={yours}>
      {yours || !isActor(step.actor) ? t('line', { action }) : t('lineFor', { who: t(`lineWho.${step.actor}`), action })}
      {step.due_on ? t('lineDue', { date: formatDay(step.due_on) }) : null}
    </span>
  );
}

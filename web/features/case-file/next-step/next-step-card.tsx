import { ArrowRight, MessageCircle } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { MouseEvent, ReactNode } from 'react';
import type { DossierTab } from '../dossier/labels';
import { TaskDue } from '../tasks/task-due';
import { actionKey } from './actions';
import type { NextStep } from './queries';

type Tab = Exclude<DossierTab, 'apercu'>;

export type NextStepViewer = {
  /** What the viewer is to this dossier: its candidate, its pro, or an admin. */
  as: 'candidate' | 'pro' | 'admin';
  candidateName: string | null;
  proName: string | null;
  hasPro: boolean;
};

type NextStepCardProps = {
  step: Pick<NextStep, 'action' | 'actor' | 'due_on' | 'task_title' | 'documents'>;
  viewer: NextStepViewer;
  /** YYYY-MM-DD in the member's zone, to mark an overdue step. */
  today: string;
  /** The dossier's address: each link opens one of its tabs (`?onglet=`). */
  dossierHref: string;
  /** On the dossier's own page: switch tabs in place instead of navigating. */
  onOpenTab?: (tab: Tab) => void;
  /** On the home page: the dossier the step belongs to, and a link to it. */
  dossierTitle?: string;
  headingLevel?: 'h2' | 'h3';
  children?: ReactNode;
};

const DOCUMENT_ACTIONS = new Set(['add_documents', 'replace_documents', 'review_documents']);

/** « Prochaine étape »: the one thing to do now, who does it, by when, and how to reach the other side. */
export function NextStepCard({ step, viewer, today, dossierHref, onOpenTab, dossierTitle, headingLevel: Heading = 'h2', children }: NextStepCardProps) {
  const t = useTranslations('nextStep');
  const tabLink = (tab: Tab, label: ReactNode, testId: string) => (
    <Link href={`${dossierHref}?onglet=${tab}`} data-test={testId} className="inline-flex min-h-6 items-center gap-1 font-medium"
      onClick={onOpenTab ? (event: MouseEvent) => { event.preventDefault(); onOpenTab(tab); } : undefined}>
      {label}
    </Link>
  );
  const who = whoActs(step.actor, viewer, t);
  const documentsLink = DOCUMENT_ACTIONS.has(step.action) || (step.action === 'complete_task' && (step.documents?.length ?? 0) > 0);
  return (
    <section aria-labelledby="prochaine-etape" data-test="next-step" data-action={step.action} data-actor={step.actor ?? 'none'}
      className="rounded-lg border-2 border-slate-800 bg-white p-5 shadow-sm">
      <Heading id="prochaine-etape" className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t('title')}</Heading>
      <p className="mt-1 text-xl font-semibold text-slate-900" data-test="next-step-action">
        {step.action === 'complete_task' ? t('action.complete_task', { task: step.task_title ?? '' }) : t(`action.${actionKey(step.action)}`)}
      </p>
      {step.action !== 'none' ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-800">
          <dt className="font-medium">{t('whoLabel')}</dt>
          <dd data-test="next-step-who">{who}</dd>
          <dt className="font-medium">{t('dueLabel')}</dt>
          <dd data-test="next-step-due">
            {step.due_on ? <TaskDue dueOn={step.due_on} today={today} open labelled={false} /> : t('noDue')}
          </dd>
          {step.documents && step.documents.length > 0 ? (
            <>
              <dt className="font-medium">{t('documents')}</dt>
              <dd data-test="next-step-documents">{step.documents.join(' · ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {children}
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
        {dossierTitle ? (
          <Link href={dossierHref} className="inline-flex min-h-6 items-center gap-1 font-medium" data-test="next-step-open">
            {t('openDossier', { title: dossierTitle })}<ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        ) : documentsLink ? tabLink('documents', <>{t('openDocuments')}<ArrowRight aria-hidden="true" className="size-4" /></>, 'next-step-documents-link') : null}
        {step.action === 'none' ? null : viewer.as === 'candidate' && !viewer.hasPro ? (
          <p className="text-sm text-slate-700" data-test="next-step-no-pro">{t('noPro')}</p>
        ) : tabLink('messages', <><MessageCircle aria-hidden="true" className="size-4" />{contactLabel(viewer, t)}</>, 'next-step-contact')}
      </div>
    </section>
  );
}

type T = ReturnType<typeof useTranslations<'nextStep'>>;

function whoActs(actor: string | null, viewer: NextStepViewer, t: T): string {
  if (actor === 'candidate') return viewer.as === 'candidate' ? t('who.you') : t('who.candidate', { name: viewer.candidateName ?? '—' });
  if (actor === 'pro') {
    if (viewer.as === 'pro') return t('who.you');
    if (viewer.as === 'admin') return t('who.assignedPro');
    return viewer.proName ? t('who.proNamed', { name: viewer.proName }) : t('who.pro');
  }
  if (actor === 'admin') return viewer.as === 'admin' ? t('who.you') : t('who.admin');
  return '—';
}

function contactLabel(viewer: NextStepViewer, t: T): string {
  if (viewer.as !== 'candidate') return t('contactCandidate');
  return viewer.proName ? t('contactPro', { name: viewer.proName }) : t('contactAnyPro');
}

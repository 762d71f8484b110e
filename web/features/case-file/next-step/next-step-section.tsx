import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { dossierPath } from '@/lib/routes';
import { todayIn } from '../tasks/due';
import { NextStepCard } from './next-step-card';
import type { DossierNextStep } from './queries';

type Viewer = { role: 'candidate' | 'pro' | 'admin'; timeZone: string };

/**
 * The home page's « Prochaine étape »: the first of the viewer's next steps (theirs first, soonest
 * due), and how many other dossiers wait on them. Nothing when no dossier is open.
 */
export function NextStepSection({ steps, viewer, now }: { steps: DossierNextStep[] | null; viewer: Viewer; now: Date }) {
  const t = useTranslations('nextStep');
  if (!steps) return <Alert tone="warning">{t('loadError')}</Alert>;
  const [first] = steps;
  if (!first) return null;
  const as = viewer.role === 'candidate' ? 'candidate' : viewer.role;
  const mine = (step: DossierNextStep) => step.actor === (as === 'candidate' ? 'candidate' : as);
  const others = steps.slice(1).filter(mine).length;
  return (
    <NextStepCard
      step={first}
      viewer={{ as, candidateName: first.candidate_name, proName: first.pro_name, hasPro: first.pro_name !== null }}
      today={todayIn(now, viewer.timeZone)}
      dossierHref={dossierPath(first.dossier_id)}
      dossierTitle={first.title}
    >
      {mine(first) && others > 0 ? <p className="mt-3 text-sm text-slate-700" data-test="next-step-more">{t('more', { count: others })}</p> : null}
    </NextStepCard>
  );
}

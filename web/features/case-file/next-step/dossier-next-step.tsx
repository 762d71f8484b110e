'use client';

import { useTranslations } from 'next-intl';
import { useViewer } from '@/components/providers/viewer-context';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { dossierPath } from '@/lib/routes';
import type { DossierTab } from '../dossier/labels';
import type { Dossier } from '../dossier/queries';
import { todayIn } from '../tasks/due';
import { NextStepCard, type NextStepViewer } from './next-step-card';
import { useNextStep } from './use-next-step';

/** The next step on the dossier's own page, switching tabs in place. */
export function DossierNextStep({ dossier, as, onOpenTab }: { dossier: Dossier; as: NextStepViewer['as']; onOpenTab: (tab: Exclude<DossierTab, 'apercu'>) => void }) {
  const t = useTranslations('nextStep');
  const { timeZone } = useViewer();
  const step = useNextStep(dossier.id);
  if (step.isPending) return <div role="status"><span className="sr-only">{t('title')}…</span><Skeleton className="h-32" /></div>;
  if (step.isError) return <Alert tone="warning">{t('loadError')}</Alert>;
  if (!step.data) return null;
  const viewer = { as, candidateName: dossier.candidate?.full_name ?? null, proName: dossier.pro?.full_name ?? null, hasPro: dossier.pro_id !== null };
  return <NextStepCard step={step.data} viewer={viewer} today={todayIn(new Date(), timeZone)} dossierHref={dossierPath(dossier.id)} onOpenTab={onOpenTab} />;
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RelativeTime } from '@/components/ui/local-time';
import { type DossierNextStep, NextStepLine, StatusBadge, UnreadCounter } from '@/features/case-file';
import type { UserRole } from '@/lib/routes';
import { dossierPath, routes } from '@/lib/routes';
import type { DashboardDossier } from './queries';
import { DashboardSection, SectionEmpty, SectionError } from './section';

type DossiersSectionProps = {
  role: UserRole;
  data: { dossiers: DashboardDossier[]; total: number } | null;
  /** Unread messages across all the viewer's dossiers; null when it could not be read. */
  unread: number | null;
  /** The next step of each open dossier (public.my_next_steps); null when it could not be read. */
  steps: DossierNextStep[] | null;
};

/** « Mes dossiers » at a glance: status, programme, next step, last activity and unread messages. */
export async function DossiersSection({ role, data, unread, steps }: DossiersSectionProps) {
  const stepOf = new Map((steps ?? []).map((step) => [step.dossier_id, step]));
  const [t, labels] = await Promise.all([getTranslations('dashboard'), getTranslations('labels')]);
  const title = role === 'pro' ? t('dossiersPro') : t('dossiersMine');
  return (
    <DashboardSection id="tableau-dossiers" testId="dashboard-dossiers" title={title} moreHref={role === 'pro' ? routes.pro : routes.dossiers}
      moreLabel={data && data.total > data.dossiers.length ? t('seeAll', { total: data.total }) : t('seeMine')}>
      {/* A count of unread messages means nothing before there is a dossier to have them. */}
      {unread !== null && data && data.dossiers.length > 0 ? (
        <p className="mb-3 text-sm font-medium text-slate-800" data-test="dashboard-unread-total">
          {t('unreadTotal', { count: unread })}
        </p>
      ) : null}
      {!data ? <SectionError /> : data.dossiers.length === 0 ? (
        <SectionEmpty>
          {role === 'candidate'
            ? <>{t('noDossierBefore')} <Link href={routes.dossiers}>{t('startDossier')}</Link></>
            : t('noDossier')}
        </SectionEmpty>
      ) : (
        <ul className="divide-y divide-slate-100">
          {data.dossiers.map((dossier) => (
            <li key={dossier.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-test="dashboard-dossier">
              <div className="min-w-0">
                <Link href={dossierPath(dossier.id)} className="font-medium">{dossier.title}</Link>
                <p className="text-sm text-slate-600">{labels(`program.${dossier.program_type}`)} · {t('updated')} <RelativeTime iso={dossier.updated_at} /></p>
                {stepOf.has(dossier.id) ? <NextStepLine step={stepOf.get(dossier.id)!} viewerIsCandidate={role === 'candidate'} /> : null}
              </div>
              <div className="flex flex-wrap gap-2">
                {dossier.unread > 0 ? <UnreadCounter>{t('unread', { count: dossier.unread })}</UnreadCounter> : null}
                <StatusBadge status={dossier.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

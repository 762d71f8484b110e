import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/local-time';
import { STATUS_TONES } from '@/features/case-file';
import type { UserRole } from '@/lib/routes';
import { dossierPath, routes } from '@/lib/routes';
import type { DashboardDossier } from './queries';
import { DashboardSection, SectionEmpty, SectionError } from './section';

type DossiersSectionProps = {
  role: UserRole;
  data: { dossiers: DashboardDossier[]; total: number } | null;
  /** Unread messages across all the viewer's dossiers; null when it could not be read. */
  unread: number | null;
};

/** « Mes dossiers » at a glance: status, programme, last activity and unread messages. */
export async function DossiersSection({ role, data, unread }: DossiersSectionProps) {
  const [t, labels] = await Promise.all([getTranslations('dashboard'), getTranslations('labels')]);
  const title = role === 'pro' ? t('dossiersPro') : t('dossiersMine');
  return (
    <DashboardSection id="tableau-dossiers" testId="dashboard-dossiers" title={title} moreHref={role === 'pro' ? routes.pro : routes.dossiers}
      moreLabel={data && data.total > data.dossiers.length ? t('seeAll', { total: data.total }) : t('seeMine')}>
      {unread !== null ? (
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
              </div>
              <div className="flex flex-wrap gap-2">
                {dossier.unread > 0 ? <Badge tone="info">{t('unread', { count: dossier.unread })}</Badge> : null}
                <Badge tone={STATUS_TONES[dossier.status]}>{labels(`dossierStatus.${dossier.status}`)}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

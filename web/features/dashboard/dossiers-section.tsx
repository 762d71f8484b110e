import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/local-time';
import { PROGRAM_LABELS, STATUS_LABELS, STATUS_TONES } from '@/features/case-file';
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
export function DossiersSection({ role, data, unread }: DossiersSectionProps) {
  const title = role === 'pro' ? 'Dossiers qui vous sont confiés' : 'Mes dossiers';
  return (
    <DashboardSection id="tableau-dossiers" testId="dashboard-dossiers" title={title} moreHref={role === 'pro' ? routes.pro : routes.dossiers}
      moreLabel={data && data.total > data.dossiers.length ? `Voir les ${data.total} dossiers` : 'Voir mes dossiers'}>
      {unread !== null ? (
        <p className="mb-3 text-sm font-medium text-slate-800" data-test="dashboard-unread-total">
          {unread === 0 ? 'Aucun message non lu.' : `${unread} message${unread > 1 ? 's' : ''} non lu${unread > 1 ? 's' : ''}.`}
        </p>
      ) : null}
      {!data ? <SectionError /> : data.dossiers.length === 0 ? (
        <SectionEmpty>
          {role === 'candidate'
            ? <>Vous n’avez pas encore de dossier. <Link href={routes.dossiers}>Commencer un dossier</Link></>
            : 'Aucun dossier pour l’instant.'}
        </SectionEmpty>
      ) : (
        <ul className="divide-y divide-slate-100">
          {data.dossiers.map((dossier) => (
            <li key={dossier.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-test="dashboard-dossier">
              <div className="min-w-0">
                <Link href={dossierPath(dossier.id)} className="font-medium">{dossier.title}</Link>
                <p className="text-sm text-slate-600">{PROGRAM_LABELS[dossier.program_type]} · mis à jour <RelativeTime iso={dossier.updated_at} /></p>
              </div>
              <div className="flex flex-wrap gap-2">
                {dossier.unread > 0 ? <Badge tone="info">{dossier.unread} non lu{dossier.unread > 1 ? 's' : ''}</Badge> : null}
                <Badge tone={STATUS_TONES[dossier.status]}>{STATUS_LABELS[dossier.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}

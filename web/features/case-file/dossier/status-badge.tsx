import { useTranslations } from 'next-intl';
import type { DossierStatus } from './labels';
import { STATUS_PILL_CLASSES } from './status-style';

/** A dossier's status in its own colour (never the counters' blue), named by the caller. */
export function StatusPill({ status, label }: { status: DossierStatus; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${STATUS_PILL_CLASSES[status]}`}
      data-test="dossier-status" data-status={status}>
      {label}
    </span>
  );
}

/** The status pill named in the page's language. */
export function StatusBadge({ status }: { status: DossierStatus }) {
  const labels = useTranslations('labels');
  return <StatusPill status={status} label={labels(`dossierStatus.${status}`)} />;
}

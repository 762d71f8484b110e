import { DOSSIER_STATUSES, STATUS_LABELS, type DossierStatus } from '../dossier/labels';

export const ALL_STATUSES = 'tous';
export type InboxFilter = typeof ALL_STATUSES | DossierStatus;

const FILTERS: readonly InboxFilter[] = [ALL_STATUSES, ...DOSSIER_STATUSES];

/** The `?statut=` of the inbox's URL, or every status when absent or unknown. */
export function parseInboxFilter(value: string | undefined): InboxFilter {
  return FILTERS.find((filter) => filter === value) ?? ALL_STATUSES;
}

/** Options of the status filter; drafts are left out, a pro starts once the candidate submits. */
export const INBOX_FILTER_OPTIONS: { value: InboxFilter; label: string }[] = [
  { value: ALL_STATUSES, label: 'Tous les statuts' },
  ...DOSSIER_STATUSES.filter((status) => status !== 'draft').map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

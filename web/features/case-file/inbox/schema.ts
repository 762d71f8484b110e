import { DOSSIER_STATUSES, type DossierStatus } from '../dossier/labels';

export const ALL_STATUSES = 'tous';
export type InboxFilter = typeof ALL_STATUSES | DossierStatus;

const FILTERS: readonly InboxFilter[] = [ALL_STATUSES, ...DOSSIER_STATUSES];

/** The `?statut=` of the inbox's URL, or every status when absent or unknown. */
export function parseInboxFilter(value: string | undefined): InboxFilter {
  return FILTERS.find((filter) => filter === value) ?? ALL_STATUSES;
}

/** The status filter's choices; drafts are left out, a pro starts once the candidate submits. */
export const INBOX_FILTER_CHOICES: readonly InboxFilter[] = FILTERS.filter((filter) => filter !== 'draft');

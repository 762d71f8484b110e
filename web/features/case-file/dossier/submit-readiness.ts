import type { ChecklistItem } from './queries';

export type SubmitReadiness =
  | { state: 'loading' }
  | { state: 'blocked'; toReplace: string[] }
  | { state: 'incomplete'; missing: string[] }
  | { state: 'complete' };

/**
 * May the candidate submit, by the checklist? Not while a document is refused or expired (the
 * database's rule, private.change_dossier_status); after a warning while some are missing.
 */
export function submitReadiness(items: Pick<ChecklistItem, 'label' | 'state'>[] | undefined): SubmitReadiness {
  if (!items) return { state: 'loading' };
  const toReplace = items.filter((item) => item.state === 'rejected' || item.state === 'expired').map((item) => item.label);
  if (toReplace.length > 0) return { state: 'blocked', toReplace };
  const missing = items.filter((item) => item.state === 'missing').map((item) => item.label);
  return missing.length > 0 ? { state: 'incomplete', missing } : { state: 'complete' };
}

import type { DossierStatus } from './labels';

// One colour per status, none of them the brand blue: that blue belongs to the unread counters
// (unread-badge.tsx), so a status is never mistaken for a count. Text keeps 4.5:1 on its tint.
export const STATUS_PILL_CLASSES: Record<DossierStatus, string> = {
  draft: 'bg-white text-slate-800 ring-1 ring-inset ring-slate-400',
  submitted: 'bg-cyan-100 text-cyan-900',
  in_review: 'bg-violet-100 text-violet-900',
  action_required: 'bg-amber-100 text-amber-900',
  approved: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
  closed: 'bg-stone-200 text-stone-800',
};

/** The dossier's path as the step indicator draws it; a decision is approved or refused. */
export const STATUS_PATH = ['draft', 'submitted', 'in_review', 'decision', 'closed'] as const;
export type PathStep = (typeof STATUS_PATH)[number];

/** Where a status sits on the path: a request for changes is part of the review. */
export function pathStepOf(status: DossierStatus): PathStep {
  if (status === 'action_required') return 'in_review';
  if (status === 'approved' || status === 'rejected') return 'decision';
  return status;
}

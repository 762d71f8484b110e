// The actions public.dossier_next_step names (the tasks chapter), each a key of `nextStep.action`.
export const NEXT_STEP_ACTIONS = [
  'none', 'complete_task', 'replace_documents', 'add_documents', 'submit', 'resubmit',
  'assign_pro', 'start_review', 'review_documents', 'decide', 'close',
] as const;

export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];

/** A known action, or 'none' for one this build does not know yet. */
export const actionKey = (action: string): NextStepAction => NEXT_STEP_ACTIONS.find((known) => known === action) ?? 'none';

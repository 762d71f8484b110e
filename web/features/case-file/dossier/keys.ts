/** React Query keys of dossiers: lists per viewer, one dossier, its timeline, checklist and next step. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  mine: (candidateId: string) => [...dossierKeys.all, 'mine', candidateId] as const,
  detail: (dossierId: string) => [...dossierKeys.all, 'detail', dossierId] as const,
  history: (dossierId: string) => [...dossierKeys.all, 'history', dossierId] as const,
  checklist: (dossierId: string) => [...dossierKeys.all, 'checklist', dossierId] as const,
  readiness: (dossierId: string) => [...dossierKeys.all, 'readiness', dossierId] as const,
  // Under the checklist's key: whatever refreshes the checklist (an upload, a review) refreshes it.
  nextStep: (dossierId: string) => [...dossierKeys.checklist(dossierId), 'next-step'] as const,
  // Under 'mine', which every status change and list refresh already marks stale.
  myNextSteps: () => [...dossierKeys.all, 'mine', 'next-steps'] as const,
};

/** React Query keys of dossiers: lists per viewer, one dossier, its timeline and checklist. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  mine: (candidateId: string) => [...dossierKeys.all, 'mine', candidateId] as const,
  detail: (dossierId: string) => [...dossierKeys.all, 'detail', dossierId] as const,
  history: (dossierId: string) => [...dossierKeys.all, 'history', dossierId] as const,
  checklist: (dossierId: string) => [...dossierKeys.all, 'checklist', dossierId] as const,
  readiness: (dossierId: string) => [...dossierKeys.all, 'readiness', dossierId] as const,
};

/** React Query keys of dossier assignment. */
export const adminDossierKeys = {
  all: ['admin-dossiers'] as const,
  lists: () => [...adminDossierKeys.all, 'list'] as const,
  list: (filter: string, page: number) => [...adminDossierKeys.lists(), { filter, page }] as const,
  pros: () => [...adminDossierKeys.all, 'pros'] as const,
};

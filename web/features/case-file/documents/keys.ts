/** React Query keys of documents: the list of a dossier and the kinds reference list. */
export const documentKeys = {
  all: ['documents'] as const,
  list: (dossierId: string) => [...documentKeys.all, 'dossier', dossierId] as const,
  kinds: () => [...documentKeys.all, 'kinds'] as const,
};

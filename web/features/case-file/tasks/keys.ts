/** React Query keys of tasks: a dossier's tasks and their timeline. */
export const taskKeys = {
  all: ['tasks'] as const,
  dossier: (dossierId: string) => [...taskKeys.all, 'dossier', dossierId] as const,
  events: (dossierId: string) => [...taskKeys.all, 'events', dossierId] as const,
};

/** React Query keys of a dossier's chat: its pages of messages and the viewer's unread count. */
export const chatKeys = {
  all: ['chat'] as const,
  messages: (dossierId: string) => [...chatKeys.all, 'messages', dossierId] as const,
  unread: (dossierId: string, viewerId: string) => [...chatKeys.all, 'unread', dossierId, viewerId] as const,
};

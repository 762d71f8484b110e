/** React Query keys of the audit log. */
export const auditKeys = {
  all: ['admin-audit'] as const,
  list: (action: string) => [...auditKeys.all, 'list', { action }] as const,
};

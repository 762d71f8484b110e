/** React Query keys of the admin user list. */
export const adminUserKeys = {
  all: ['admin-users'] as const,
  lists: () => [...adminUserKeys.all, 'list'] as const,
  list: (search: string, page: number) => [...adminUserKeys.lists(), { search, page }] as const,
};

/**
 * Every argument the admin messages use (`{count}`, `{name}`…). The server writes each as itself
 * for the browser to fill in (admin-text-scope.tsx); admin-text.test.ts checks the list is complete.
 */
export const ADMIN_PLACEHOLDERS = [
  'capacity', 'count', 'date', 'dossiers', 'events', 'first', 'full', 'label', 'last', 'members', 'name', 'page', 'position', 'pro',
  'rate', 'reason', 'reasons', 'registered', 'role', 'search', 'series', 'status', 'suspended', 'text', 'title', 'total',
  'value', 'waiting', 'waitlisted', 'weeks', 'zone',
] as const;

import { routes } from '@contract/routes';
import type { Database } from '@/lib/database.types';

// The pages live in the contract the edge functions share (their emails link to them).
export {
  adminEventPath, dossierPath, insidePostPath, liveEventCalendarPath, liveEventPath, memberPath, routes,
} from '@contract/routes';

export type UserRole = Database['public']['Enums']['user_role'];

/** Paths that need a session: the proxy sends visitors without one to the login page. */
export const SIGNED_IN_PREFIXES = [
  routes.dashboard, routes.inside, routes.live, routes.dossiers, routes.profile,
  routes.notifications, routes.pro, routes.admin, routes.mfa, routes.consent,
] as const;

/** Pages for visitors: a signed-in user is sent on to the app instead. */
export const GUEST_ONLY = [routes.login, routes.register] as const;

/** Paths whose role is checked against `profiles.role` by the segment's server layout. */
export const ROLE_PREFIXES: { prefix: string; role: UserRole }[] = [
  { prefix: routes.pro, role: 'pro' },
  { prefix: routes.admin, role: 'admin' },
];

export function matchesPrefix(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function isSignedInPath(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((prefix) => matchesPrefix(pathname, prefix));
}

export function isGuestOnlyPath(pathname: string): boolean {
  return GUEST_ONLY.some((prefix) => matchesPrefix(pathname, prefix));
}

import type { Database } from '@/lib/database.types';

export type UserRole = Database['public']['Enums']['user_role'];

/** Every page the app links to, in one place so features extend it rather than spell paths. */
export const routes = {
  home: '/',
  terms: '/conditions',
  privacy: '/confidentialite',
  login: '/connexion',
  register: '/inscription',
  forgotPassword: '/mot-de-passe-oublie',
  resetPassword: '/auth/reset-password',
  authCallback: '/auth/callback',
  authConfirm: '/auth/confirm',
  mfa: '/deux-facteurs',
  consent: '/consentement',
  suspended: '/compte-suspendu',
  dashboard: '/accueil',
  inside: '/inside',
  live: '/live',
  dossiers: '/dossiers',
  newDossier: '/dossiers/nouveau',
  profile: '/profil',
  notifications: '/notifications',
  pro: '/pro',
  admin: '/admin',
  adminUsers: '/admin/membres',
  adminEvents: '/admin/evenements',
  adminNewEvent: '/admin/evenements/nouveau',
  adminDossiers: '/admin/dossiers',
  adminModeration: '/admin/moderation',
  adminAudit: '/admin/journal',
} as const;

/** An event's admin page (edit, cancel, attendees). */
export const adminEventPath = (eventId: string) => `${routes.adminEvents}/${encodeURIComponent(eventId)}`;

/** A dossier's page (status, documents, chat), for its candidate, its pro and admins. */
export const dossierPath = (dossierId: string) => `${routes.dossiers}/${encodeURIComponent(dossierId)}`;

/** An Inside post with its comments. */
export const insidePostPath = (postId: string) => `${routes.inside}/${encodeURIComponent(postId)}`;

/** A member's page in the community: who they are and their latest posts. */
export const memberPath = (userId: string) => `${routes.inside}/membres/${encodeURIComponent(userId)}`;

/** A Live event's page (details, registration), and its calendar file. */
export const liveEventPath = (eventId: string) => `${routes.live}/${encodeURIComponent(eventId)}`;
export const liveEventCalendarPath = (eventId: string) => `${liveEventPath(eventId)}/calendrier.ics`;

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

// The web app's pages, for every runtime that links to them: the web app itself, and the emails
// the send-emails function writes. SQL builds the notifications' links on its own; a test follows
// each link a notification or an email can carry to a page of web/app.

/** Every page the app links to, in one place so code extends it rather than spell paths. */
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
  unsubscribe: '/desabonnement',
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

/** Where a member chooses which emails they receive (the profile page's preferences). */
export const emailPreferencesPath = routes.profile;

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

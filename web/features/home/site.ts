import { routes } from '@/lib/routes';

/** The public origin for absolute URLs (sitemap, robots, Open Graph); NEXT_PUBLIC_SITE_URL at build time. */
export function siteOrigin(): string {
  const configured = process.env.NEXT_PUBLIC_SITE_URL;
  try {
    if (configured) return new URL(configured).origin;
  } catch {
    // Not a URL: fall back to production's.
  }
  return 'https://capitune.ca';
}

/** Pages meant for search engines: what a visitor can read without an account. */
export const PUBLIC_PAGES = [
  { path: routes.home, priority: 1, changeFrequency: 'daily' as const },
  { path: routes.register, priority: 0.8, changeFrequency: 'yearly' as const },
  { path: routes.login, priority: 0.5, changeFrequency: 'yearly' as const },
  { path: routes.terms, priority: 0.3, changeFrequency: 'monthly' as const },
  { path: routes.privacy, priority: 0.3, changeFrequency: 'monthly' as const },
];

/** Signed-in areas, sign-in steps and technical paths: nothing there for search engines. */
export const PRIVATE_PREFIXES = [
  routes.dashboard, routes.inside, routes.live, routes.dossiers, routes.profile, routes.notifications,
  routes.pro, routes.admin, routes.mfa, routes.consent, routes.suspended, routes.forgotPassword, '/auth/', '/api/',
];

export const SITE_NAME = 'CAPITUNE';

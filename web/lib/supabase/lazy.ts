import type { AppSupabaseClient } from './browser';

/**
 * The browser client, loaded on demand: supabase-js (~70 KiB gzipped) stays out of every page's
 * first-load JavaScript. Sign-in pages load it on submit; the signed-in area right after
 * hydration (AppProviders) and in React Query fetchers. The module is cached after first use.
 */
export async function loadSupabase(): Promise<AppSupabaseClient> {
  const { getSupabaseBrowserClient } = await import('./browser');
  return getSupabaseBrowserClient();
}

/** The client with the absolute URL builder for links in Auth emails. */
export async function loadSupabaseWithSiteUrl() {
  const { getSupabaseBrowserClient, siteUrl } = await import('./browser');
  return { supabase: getSupabaseBrowserClient(), siteUrl };
}


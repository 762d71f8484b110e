import type { AppSupabaseClient } from './browser';

/**
 * The browser client, loaded on demand: supabase-js (~70 KiB gzipped) stays out of every page's
 * first-load JavaScript. Sign-in pages load it on submit; the signed-in area once the page has
 * loaded (AppProviders, Realtime channels) and in React Query fetchers. The module is cached after
 * first use.
 */
export async function loadSupabase(): Promise<AppSupabaseClient> {
  await pageSettled();
  const { getSupabaseBrowserClient } = await import('./browser');
  return getSupabaseBrowserClient();
}

/** The client with the absolute URL builder for links in Auth emails. */
export async function loadSupabaseWithSiteUrl() {
  await pageSettled();
  const { getSupabaseBrowserClient, siteUrl } = await import('./browser');
  return { supabase: getSupabaseBrowserClient(), siteUrl };
}

// Evaluating supabase-js is one long task (a few hundred ms on a mid-range phone): started during
// hydration, it delays the first paint and hydration of a page the server has already filled.
// So it waits for the load event and a free moment; after that, callers get it at once.
let settled: Promise<void> | undefined;
export function pageSettled(): Promise<void> {
  settled ??= new Promise((resolve) => {
    const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  });
  return settled;
}

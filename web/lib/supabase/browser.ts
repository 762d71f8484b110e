import { createBrowserClient } from '@supabase/ssr';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/lib/database.types';
import { publicEnv } from '@/lib/env';
import { fetchInPageLanguage } from './language';
import { sessionCookieName } from './session-cookie';

export type AppSupabaseClient = SupabaseClient<Database>;

/**
 * The browser client: Auth calls start here so Supabase Auth's per-IP limits see the user's
 * address. @supabase/ssr keeps one instance per page and stores the session in cookies, which
 * the server and proxy read. Its requests carry the page's language (./language.ts). Call it in
 * effects and event handlers, never during render.
 */
export function getSupabaseBrowserClient(): AppSupabaseClient {
  const { supabaseUrl, supabasePublishableKey } = publicEnv();
  return createBrowserClient<Database>(supabaseUrl, supabasePublishableKey, {
    global: { fetch: fetchInPageLanguage },
    cookieOptions: { name: sessionCookieName(supabaseUrl) },
  });
}

/** Absolute URL of a page of this site for links in Auth emails (NEXT_PUBLIC_SITE_URL first). */
export function siteUrl(path: string): string {
  return new URL(path, publicEnv().siteUrl ?? window.location.origin).toString();
}

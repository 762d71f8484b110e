import 'server-only';
import { createServerClient } from '@supabase/ssr';
import { cookies, headers } from 'next/headers';
import type { Database } from '@/lib/database.types';
import { publicEnv } from '@/lib/env';
import { LOCALE_COOKIE, visitorLocale } from '@/i18n/locales';
import { LANGUAGE_HEADER } from './language';
import { sessionCookieName } from './session-cookie';

/**
 * A client per request for Server Components, Route Handlers and Server Actions, acting as the
 * signed-in user (RLS applies). Trust getClaims() (verified JWT), never getSession(), here. It asks
 * the database for the visitor's language (./language.ts); a member's account locale wins there.
 */
export async function createSupabaseServerClient() {
  // cookies() first: it marks the route as per-request before anything else can fail at build.
  const cookieStore = await cookies();
  const locale = visitorLocale(cookieStore.get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  const { supabaseUrl, supabasePublishableKey } = publicEnv();
  return createServerClient<Database>(supabaseUrl, supabasePublishableKey, {
    global: { headers: { [LANGUAGE_HEADER]: locale } },
    cookieOptions: { name: sessionCookieName(supabaseUrl) },
    cookies: {
      getAll() {
        return cookieStore.getAll();
      },
      setAll(cookiesToSet) {
        try {
          for (const { name, value, options } of cookiesToSet) cookieStore.set(name, value, options);
        } catch {
          // Server Components cannot set cookies; the proxy has already refreshed the session.
        }
      },
    },
  });
}

import 'server-only';
import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
import type { Database } from '@/lib/database.types';
import { publicEnv } from '@/lib/env';

/**
 * A client per request for Server Components, Route Handlers and Server Actions, acting as the
 * signed-in user (RLS applies). Trust getClaims() (verified JWT), never getSession(), here.
 */
export async function createSupabaseServerClient() {
  // cookies() first: it marks the route as per-request before anything else can fail at build.
  const cookieStore = await cookies();
  const { supabaseUrl, supabasePublishableKey } = publicEnv();
  return createServerClient<Database>(supabaseUrl, supabasePublishableKey, {
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

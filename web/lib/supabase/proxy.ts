import { createServerClient } from '@supabase/ssr';
import type { JwtPayload } from '@supabase/supabase-js';
import { NextResponse, type NextRequest } from 'next/server';
import type { Database } from '@/lib/database.types';
import { publicEnv } from '@/lib/env';
import { sessionCookieName } from './session-cookie';

/** Request header through which the proxy tells server layouts the path being rendered. */
export const PATH_HEADER = 'x-capitune-path';

/** The page's path and query, without Next's internal RSC cache-busting parameter. */
export function pagePath(request: NextRequest): string {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  params.delete('_rsc');
  const query = params.toString();
  return request.nextUrl.pathname + (query ? `?${query}` : '');
}

/**
 * Refreshes the Supabase session for this request and returns the verified claims with the
 * response that carries any rotated cookies. Follows @supabase/ssr's rules: only getAll/setAll,
 * and nothing between createServerClient() and getClaims().
 */
export async function updateSession(request: NextRequest) {
  const path = pagePath(request);
  const forward = () => {
    const headers = new Headers(request.headers);
    headers.set(PATH_HEADER, path);
    return NextResponse.next({ request: { headers } });
  };
  let response = forward();
  const { supabaseUrl, supabasePublishableKey } = publicEnv();

  const supabase = createServerClient<Database>(supabaseUrl, supabasePublishableKey, {
    cookieOptions: { name: sessionCookieName(supabaseUrl) },
    cookies: {
      getAll() {
        return request.cookies.getAll();
      },
      setAll(cookiesToSet, headers) {
        for (const { name, value } of cookiesToSet) request.cookies.set(name, value);
        response = forward();
        for (const { name, value, options } of cookiesToSet) response.cookies.set(name, value, options);
        // Responses that rotate auth cookies must never be cached by a CDN.
        for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
      },
    },
  });

  const { data } = await supabase.auth.getClaims();
  const claims: JwtPayload | null = data?.claims ?? null;
  // setAll() has run by now if the tokens were rotated, so `response` carries the new cookies.
  return { claims, response, supabase };
}

import { NextResponse, type NextRequest } from 'next/server';
import { isSupabaseConfigured } from '@/lib/env';
import { withoutPrivateFields } from '@/lib/private-fields';
import { safeNextPath, withNext } from '@/lib/redirect';
import { isGuestOnlyPath, isSignedInPath, matchesPrefix, ROLE_PREFIXES, routes } from '@/lib/routes';
import { pagePath, updateSession } from '@/lib/supabase/proxy';

/**
 * Runs before rendering: refreshes the Supabase session (cookies) and makes the early checks —
 * signed-in pages need a session, guest pages none, /pro and /admin the role (profiles.role,
 * read from the database). Pages check again next to their data (lib/auth/viewer.ts), where
 * status, consent and the second factor are enforced too. Public pages (home, terms, privacy)
 * skip the session work: they never touch it. Any page reached with a private form field in its
 * query string is first sent to the same URL without it.
 */
export async function proxy(request: NextRequest) {
  const leaked = request.method === 'GET' || request.method === 'HEAD' ? withoutPrivateFields(request.nextUrl) : null;
  if (leaked) return withoutLeakedFields(leaked);
  const { pathname } = request.nextUrl;
  const signedInPage = isSignedInPath(pathname);
  if (!(signedInPage || isGuestOnlyPath(pathname)) || !isSupabaseConfigured()) {
    return NextResponse.next();
  }

  const { claims, response, supabase } = await updateSession(request);

  if (!claims && signedInPage) {
    return redirectKeepingCookies(request, response, withNext(routes.login, pagePath(request)));
  }
  if (claims && !signedInPage) {
    // Validated: `next` comes from the query string and must stay on this site.
    return redirectKeepingCookies(request, response, safeNextPath(request.nextUrl.searchParams.get('next')));
  }
  const gated = ROLE_PREFIXES.find(({ prefix }) => matchesPrefix(pathname, prefix));
  if (claims && gated) {
    // One indexed read as the user (RLS); no row means suspended or not consented yet, which the
    // signed-in layout explains, so let that request through.
    const { data } = await supabase.from('profiles').select('role').eq('id', claims.sub).maybeSingle();
    if (data && data.role !== gated.role) {
      return redirectKeepingCookies(request, response, `${routes.dashboard}?acces=refuse`);
    }
  }
  return response;
}

/**
 * The same page without the private fields: nothing is rendered, so nothing can echo them or carry
 * them on as a Referer, and the address bar and the history keep the clean URL.
 */
function withoutLeakedFields(clean: URL) {
  const redirect = NextResponse.redirect(clean, 303);
  redirect.headers.set('Cache-Control', 'no-store');
  redirect.headers.set('Referrer-Policy', 'no-referrer');
  return redirect;
}

/** A redirect that still carries the cookies the session refresh wrote (or cleared). */
function redirectKeepingCookies(request: NextRequest, from: NextResponse, target: string) {
  const redirect = NextResponse.redirect(new URL(target, request.url));
  for (const cookie of from.cookies.getAll()) redirect.cookies.set(cookie);
  redirect.headers.set('Cache-Control', 'private, no-store');
  return redirect;
}

export const config = {
  // Everything but static files and the health check; the function above narrows further.
  matcher: ['/((?!_next/static|_next/image|api/|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico)$).*)'],
};

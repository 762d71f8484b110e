import 'server-only';
import { cookies, headers } from 'next/headers';
import { getViewerState } from '@/lib/auth/viewer';
import { isSignedInPath } from '@/lib/routes';
import { PATH_HEADER } from '@/lib/supabase/proxy';
import { isAppLocale, LOCALE_COOKIE, visitorLocale, type AppLocale } from './locales';

/**
 * The language of this request. Signed-in pages read accounts.locale from the viewer state the
 * page's gate reads anyway (React cache: one account read per request, not two). Other pages
 * read the cookie the switcher writes and the signed-in area keeps equal to accounts.locale;
 * without it, the browser's Accept-Language.
 */
export async function requestLocale(): Promise<AppLocale> {
  const requestHeaders = await headers();
  // The proxy sets the path header on the pages it ran the session for (signed-in and guest pages).
  const path = requestHeaders.get(PATH_HEADER)?.split('?')[0];
  if (path && isSignedInPath(path)) {
    const state = await getViewerState();
    if (state.kind === 'signed-in' && isAppLocale(state.account.locale)) return state.account.locale;
  }
  return visitorLocale((await cookies()).get(LOCALE_COOKIE)?.value, requestHeaders.get('accept-language'));
}

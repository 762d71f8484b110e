import { LOCALE_COOKIE, type AppLocale } from '@/i18n/locales';

// Readable by the page's script on purpose: the signed-in area re-syncs it from accounts.locale
// (locale-cookie-sync.tsx). A language is no secret.
export const LOCALE_COOKIE_OPTIONS = { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' as const };

type CookieWriter = { set(name: string, value: string, options: typeof LOCALE_COOKIE_OPTIONS): unknown };

export function writeLocaleCookie(store: CookieWriter, locale: AppLocale) {
  store.set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
}

/** The same cookie as a `document.cookie` assignment. */
export function localeCookieString(locale: AppLocale): string {
  const { path, maxAge, sameSite } = LOCALE_COOKIE_OPTIONS;
  return `${LOCALE_COOKIE}=${locale}; path=${path}; max-age=${maxAge}; samesite=${sameSite}`;
}

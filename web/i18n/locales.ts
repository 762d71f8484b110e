import { languageFromAcceptLanguage, type Language } from '@contract/language';

// The app's languages. accounts.locale (supabase/migrations/…_create_identity_and_access.sql,
// check accounts_locale_supported) holds one of these tags; the tag picks the messages (by its
// language) and formats dates and numbers (by its region).

export const APP_LOCALES = ['fr-CA', 'fr-FR', 'en-CA'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

export const DEFAULT_LOCALE: AppLocale = 'fr-CA';

/** The two choices the switcher offers; fr-FR stays valid for accounts that hold it. */
export const SWITCHABLE_LOCALES = ['fr-CA', 'en-CA'] as const satisfies readonly AppLocale[];

/** Cookie that carries the language on pages that do not read the account (public pages). */
export const LOCALE_COOKIE = 'capitune-locale';

export type { Language };

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

export function languageOf(locale: AppLocale): Language {
  return locale.startsWith('en') ? 'en' : 'fr';
}

/** The visitor's locale from Accept-Language (the contract's reading, shared with the edge functions). */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale {
  return languageFromAcceptLanguage(header) === 'en' ? 'en-CA' : DEFAULT_LOCALE;
}

/** A visitor's locale: the one the switcher's cookie holds, else the browser's Accept-Language. */
export function visitorLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): AppLocale {
  return isAppLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}

/** A stored value as a locale the app knows, else the default. */
export function toAppLocale(value: unknown): AppLocale {
  return isAppLocale(value) ? value : DEFAULT_LOCALE;
}

import { DEFAULT_LOCALE, languageOf, toAppLocale, type AppLocale, type Language } from './locales';

/**
 * The page's locale, as the root layout wrote it on <html lang> (the request's locale): for code
 * that runs in the browser outside React and next-intl's runtime (a click's lazy-loaded path, a
 * call to an edge function or the database). The default on the server, where there is no page yet.
 */
export function pageLocale(): AppLocale {
  return typeof document === 'undefined' ? DEFAULT_LOCALE : toAppLocale(document.documentElement.lang);
}

/** The page's language (see pageLocale). */
export function pageLanguage(): Language {
  return languageOf(pageLocale());
}

import { languageOf, toAppLocale, type Language } from './locales';

/**
 * The page's language, as the root layout wrote it on <html lang> (the request's locale): for code
 * that runs in the browser outside React and next-intl's runtime (a click's lazy-loaded path, a
 * call to an edge function). French on the server, where there is no page yet.
 */
export function pageLanguage(): Language {
  return typeof document === 'undefined' ? 'fr' : languageOf(toAppLocale(document.documentElement.lang));
}

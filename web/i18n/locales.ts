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

export type Language = 'fr' | 'en';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

export function languageOf(locale: AppLocale): Language {
  return locale.startsWith('en') ? 'en' : 'fr';
}

/**
 * The visitor's language from Accept-Language (RFC 9110 §12.5.4): the highest-weighted French
 * or English range wins; French when neither is listed or both weigh the same.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale {
  let best: { language: Language; weight: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const language = range.split('-')[0];
    if (language !== 'fr' && language !== 'en') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { language, weight };
  }
  return best?.language === 'en' ? 'en-CA' : DEFAULT_LOCALE;
}

/** A stored value as a locale the app knows, else the default. */
export function toAppLocale(value: unknown): AppLocale {
  return isAppLocale(value) ? value : DEFAULT_LOCALE;
}

import type { AppLocale } from './locales';
import type { Messages as AppMessages } from './messages';

// next-intl checks every key at compile time against the French file.
declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: AppMessages;
  }
}

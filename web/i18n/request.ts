import { getRequestConfig } from 'next-intl/server';
import { FALLBACK_TIME_ZONE } from '@/lib/format';
import { languageOf } from './locales';
import { requestLocale } from './request-locale';

// next-intl without i18n routing: the URL carries no locale, the request decides it.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = languageOf(locale) === 'en'
    ? (await import('../messages/en.json')).default
    : (await import('../messages/fr.json')).default;
  return { locale, messages, timeZone: FALLBACK_TIME_ZONE };
});

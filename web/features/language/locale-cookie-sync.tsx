'use client';

import { useEffect } from 'react';
import { LOCALE_COOKIE, type AppLocale } from '@/i18n/locales';
import { localeCookieString } from './cookie';

/**
 * Keeps the language cookie equal to accounts.locale, which the signed-in pages read: after a
 * sign-in, or a switch made on another device, the public pages then speak the member's language.
 */
export function LocaleCookieSync({ locale }: { locale: AppLocale }) {
  useEffect(() => {
    if (!document.cookie.split('; ').includes(`${LOCALE_COOKIE}=${locale}`)) document.cookie = localeCookieString(locale);
  }, [locale]);
  return null;
}

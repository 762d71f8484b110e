'use client';

import { createContext, use, type ReactNode } from 'react';

// The locale dates are written in (fr-CA, fr-FR, en-CA), set by the layouts from the request's
// locale. Its own context, not next-intl's: public pages carry no next-intl client runtime.
const DateLocaleContext = createContext('fr-CA');

export function DateLocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <DateLocaleContext value={locale}>{children}</DateLocaleContext>;
}

export function useDateLocale(): string {
  return use(DateLocaleContext);
}

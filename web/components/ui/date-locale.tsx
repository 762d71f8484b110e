'use client';

import { createContext, startTransition, use, useEffect, useMemo, useState, type ReactNode } from 'react';

// The locale dates are written in (fr-CA, fr-FR, en-CA), set by the layouts from the request's
// locale. Its own context, not next-intl's: public pages carry no next-intl client runtime.
// It also says whether the page has hydrated, so dates can switch to the viewer's zone (local-time.tsx).
type DateContext = { locale: string; hydrated: boolean };
const DateLocaleContext = createContext<DateContext>({ locale: 'fr-CA', hydrated: true });

// True once this tab has hydrated a page: a provider mounted later (a client navigation) starts there.
let hydratedOnce = false;

export function DateLocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(() => hydratedOnce);
  useEffect(() => {
    hydratedOnce = true;
    // A transition: the dates redraw in the viewer's zone in slices that yield to the browser,
    // not in one synchronous pass right after hydration.
    startTransition(() => setHydrated(true));
  }, []);
  const value = useMemo(() => ({ locale, hydrated }), [locale, hydrated]);
  return <DateLocaleContext value={value}>{children}</DateLocaleContext>;
}

export function useDateLocale(): string {
  return use(DateLocaleContext).locale;
}

/** False during the server render and hydration, true afterwards (then the viewer's zone is known). */
export function useHydrated(): boolean {
  return use(DateLocaleContext).hydrated;
}

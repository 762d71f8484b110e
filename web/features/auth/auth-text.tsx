'use client';

import { createContext, use, type ReactNode } from 'react';
import type { Messages } from '@/i18n/messages';

// The auth forms sit on public pages, whose first load is counted: they read their sentences
// from this context (plain strings the server picked for the request's language) instead of
// loading next-intl's client runtime.

export type AuthText = Messages['auth'];

const AuthTextContext = createContext<AuthText | null>(null);

export function AuthTextProvider({ text, children }: { text: AuthText; children: ReactNode }) {
  return <AuthTextContext value={text}>{children}</AuthTextContext>;
}

/** The sentences the nearest AuthTextProvider holds (every page with an auth form places one). */
export function useAuthText(): AuthText {
  const text = use(AuthTextContext);
  if (!text) throw new Error('useAuthText needs an AuthTextProvider (AuthTextScope) around the form');
  return text;
}

/** The same, or null where no auth form is: signed-in pages place the sentences only around theirs. */
export function useAuthTextIfPlaced(): AuthText | null {
  return use(AuthTextContext);
}

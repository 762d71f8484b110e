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

export function useAuthText(): AuthText {
  const text = use(AuthTextContext);
  if (!text) throw new Error('AuthTextProvider manque au-dessus de ce formulaire.');
  return text;
}

import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AuthTextProvider } from './auth-text';

/**
 * The auth sentences of the request's language around one form. Placed by each page, not by the
 * public layout: a layout that adds client code splits the chunks it shares with other pages.
 */
export async function AuthTextScope({ children }: { children: ReactNode }) {
  const { auth } = await getMessages();
  return <AuthTextProvider text={auth}>{children}</AuthTextProvider>;
}

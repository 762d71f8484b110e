import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { clientMessages } from '@/i18n/client-messages';

/**
 * next-intl for the client components of one page. Pages place it around what they render, not
 * the signed-in layout: the shell gets its words as props, so pages whose client code asks for no
 * message do not load next-intl's client runtime (the admin pages are at their budget).
 */
export async function ClientMessagesScope({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}

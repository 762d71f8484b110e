import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * next-intl for Inside's client components, with only the namespaces they read (their own, error
 * sentences, form validation): the signed-in set is ~35 KiB of the feed's HTML, parsed before it shows.
 */
export async function InsideMessages({ children }: { children: ReactNode }) {
  const { inside, problems, validation } = await getMessages();
  return <NextIntlClientProvider messages={{ inside, problems, validation }}>{children}</NextIntlClientProvider>;
}

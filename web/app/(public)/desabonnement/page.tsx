import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnsubscribeCard } from '@/features/unsubscribe';
import type { PageSearchParams } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  // The address holds the member's token: never indexed, never sent on as a referrer.
  return { title: (await getTranslations('meta'))('unsubscribe'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** Where an email's unsubscribe line leads (send-emails writes it; the one-click header goes to the function). */
export default async function UnsubscribePage({ searchParams }: PageSearchParams) {
  return <UnsubscribeCard params={await searchParams} />;
}

import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorTextProvider } from '@/components/layout/error-panel';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    title: { default: 'CAPITUNE', template: '%s · CAPITUNE' },
    description: t('description'),
  };
}

export const viewport: Viewport = { themeColor: '#1640cf' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, errors] = await Promise.all([getLocale(), getTranslations('shell'), getTranslations('errors')]);
  const errorText = { title: errors('title'), text: errors('text'), reference: errors('reference'), retry: errors('retry') };
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* First stop for keyboard users: straight to the page's main content (WCAG 2.4.1). */}
        <a
          href="#contenu"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-medium text-brand-800 shadow focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          {t('skipToContent')}
        </a>
        <ErrorTextProvider text={errorText}>{children}</ErrorTextProvider>
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'CAPITUNE', template: '%s · CAPITUNE' },
  description: "Préparez votre dossier d'immigration avec un professionnel, une communauté et des webinaires.",
};

export const viewport: Viewport = { themeColor: '#1640cf' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr-CA">
      <body className="min-h-screen">
        {/* First stop for keyboard users: straight to the page's main content (WCAG 2.4.1). */}
        <a
          href="#contenu"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-medium text-brand-800 shadow focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          Aller au contenu
        </a>
        {children}
      </body>
    </html>
  );
}

'use client';

import { useEffect } from 'react';

/** Last resort when the root layout itself fails: no app styles or components to rely on. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    if (error instanceof Error && 'digest' in error) return; // reported by the server (instrumentation.ts)
    void import('@/lib/observability/report-browser-error').then(({ reportBrowserError }) => reportBrowserError(error));
  }, [error]);
  return (
    <html lang="fr-CA">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem 1rem', textAlign: 'center' }}>
        <main id="contenu">
          <h1>Un problème est survenu</h1>
          <p>CAPITUNE n&apos;a pas pu s&apos;afficher. Réessayez dans un instant.</p>
          <button type="button" onClick={retry} style={{ minHeight: 44, padding: '0 1rem' }}>Réessayer</button>
        </main>
      </body>
    </html>
  );
}

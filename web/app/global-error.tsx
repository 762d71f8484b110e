'use client';

/** Last resort when the root layout itself fails: no app styles or components to rely on. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
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

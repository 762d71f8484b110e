'use client';

// Last resort when the root layout itself fails: no app styles, components or messages to rely
// on, not even the request's language. So it speaks both, French first, as Canada's own sites do.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr-CA">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '3rem 1rem', textAlign: 'center' }}>
        <main id="contenu">
          <h1>Un problème est survenu</h1>
          <p>CAPITUNE n’a pas pu s’afficher. Réessayez dans un instant.</p>
          <div lang="en-CA">
            <h2>Something went wrong</h2>
            <p>CAPITUNE could not be shown. Try again in a moment.</p>
          </div>
          <button type="button" onClick={retry} style={{ minHeight: 44, padding: '0 1rem' }}>Réessayer · <span lang="en-CA">Try again</span></button>
        </main>
      </body>
    </html>
  );
}
